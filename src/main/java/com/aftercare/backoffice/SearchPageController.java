package com.aftercare.backoffice;

import com.aftercare.cases.CaseSearch;
import com.aftercare.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search by order number, serial number, customer e-mail (or case reference): the orders found and their cases. */
@Controller
class SearchPageController {

    private final CaseSearch search;

    SearchPageController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/office/search")
    String search(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal Caller caller, Model model) {
        String term = q.strip();
        model.addAttribute("q", term);
        model.addAttribute("searched", !term.isEmpty());
        model.addAttribute("orders", term.isEmpty() || term.length() > 200 ? java.util.List.of() : search.search(term));
        model.addAttribute("caller", caller);
        return "office/search";
    }
}
