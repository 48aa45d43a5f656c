package com.aftercare.backoffice;

import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.CaseQueue;
import com.aftercare.cases.CaseViews;
import com.aftercare.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work queue of the signed-in person's role: open cases, soonest deadline first, late ones
 * marked. The filter is a plain GET form; with htmx only the results are swapped, and without
 * JavaScript the whole page reloads with the same address.
 */
@Controller
class QueuePageController {

    static final int PAGE_SIZE = 25;

    private final CaseQueue queue;
    private final CaseViews views;

    QueuePageController(CaseQueue queue, CaseViews views) {
        this.queue = queue;
        this.views = views;
    }

    @GetMapping({"/office", "/office/"})
    String queue(@RequestParam(required = false) CaseType type, @RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal Caller caller, Model model) {
        var filter = new CaseQueue.Filter(type, status, overdue, PAGE_SIZE, blankToNull(cursor), RoleQueues.statusesFor(caller));
        model.addAttribute("queue", views.of(queue.list(filter)));
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("cursor", blankToNull(cursor));
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("caller", caller);
        return htmx != null ? "office/queue :: #results" : "office/queue";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
