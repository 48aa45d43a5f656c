package com.aftercare.webhooks.web;

import com.aftercare.identity.Caller;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.webhooks.internal.Deliveries;
import com.aftercare.webhooks.internal.WebhookEndpoints;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of webhooks: register a URL, pause it, give it a new secret, delete it, and read its
 * delivery log. Only ADMIN reaches {@code /office/admin/**}. Changes post and lead back (post-redirect-get); a secret
 * just issued travels to that one page view as a flash attribute and is not shown again.
 */
@Controller
@RequestMapping("/office/admin/webhooks")
class WebhooksPageController {

    private static final int LOG_SIZE = 50;

    /** The new webhook's form as it was posted, shown again with what needs fixing. */
    record NewWebhookForm(String url, String kinds, String description) {
    }

    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final Clock clock;
    private final WebhookViews views;

    WebhooksPageController(WebhookEndpoints endpoints, Deliveries deliveries, Clock clock, WebhookViews views) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
        this.views = views;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("caller", caller);
        model.addAttribute("webhooks", endpoints.list().stream().map(views::of).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewWebhookForm("", "", ""));
        }
        model.addAttribute("formErrors", model.containsAttribute("formErrors") ? model.getAttribute("formErrors") : List.of());
        return "office/admin-webhooks";
    }

    @PostMapping
    ModelAndView create(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String kinds,
            @RequestParam(defaultValue = "") String description, @AuthenticationPrincipal Caller caller, RedirectAttributes redirect) {
        List<String> wanted = Arrays.stream(kinds.strip().split("[,\\s]+")).filter(kind -> !kind.isEmpty()).toList();
        List<String> errors = description.length() > 200 ? List.of("webhooks.error.description") : List.of();
        if (errors.isEmpty()) {
            try {
                var created = endpoints.create(url, wanted, description, caller.username());
                redirect.addFlashAttribute("issuedSecret", created.secret());
                redirect.addFlashAttribute("noticeUrl", created.endpoint().url());
                return new ModelAndView("redirect:/office/admin/webhooks");
            } catch (InvalidInputException e) {
                errors = e.problems().stream().map(problem -> problem.field().startsWith("kinds") ? "webhooks.error.kinds"
                        : "webhooks.error.url").distinct().toList();
            }
        }
        var page = new ModelAndView("office/admin-webhooks");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("caller", caller);
        page.addObject("webhooks", endpoints.list().stream().map(views::of).toList());
        page.addObject("form", new NewWebhookForm(url, kinds, description));
        page.addObject("formErrors", errors);
        return page;
    }

    @GetMapping("/{id}")
    String log(@PathVariable UUID id, @RequestParam(required = false) String cursor, @AuthenticationPrincipal Caller caller,
            Model model) {
        model.addAttribute("caller", caller);
        model.addAttribute("webhook", endpoints.find(id).map(views::of).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("log", views.of(deliveries.log(id, null, LOG_SIZE, cursor)));
        return "office/admin-webhook-log";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return afterChange(redirect, () -> {
            var endpoint = endpoints.setEnabled(id, enabled);
            redirect.addFlashAttribute("noticeUrl", endpoint.url());
            redirect.addFlashAttribute("notice", enabled ? "webhooks.notice.enabled" : "webhooks.notice.disabled");
        });
    }

    @PostMapping("/{id}/secret")
    String rotateSecret(@PathVariable UUID id, RedirectAttributes redirect) {
        return afterChange(redirect, () -> {
            var rotated = endpoints.rotateSecret(id);
            redirect.addFlashAttribute("noticeUrl", rotated.endpoint().url());
            redirect.addFlashAttribute("issuedSecret", rotated.secret());
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        return afterChange(redirect, () -> {
            String url = endpoints.get(id).url();
            endpoints.delete(id);
            redirect.addFlashAttribute("noticeUrl", url);
            redirect.addFlashAttribute("notice", "webhooks.notice.deleted");
        });
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
        try {
            deliveries.redeliver(id, deliveryId, clock.instant());
            redirect.addFlashAttribute("notice", "webhooks.notice.redelivered");
        } catch (NotFoundException | ConflictException e) {
            redirect.addFlashAttribute("problem", "webhooks.error.redeliver");
        }
        return "redirect:/office/admin/webhooks/" + id;
    }

    private static String afterChange(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("problem", "webhooks.error.unknown");
        }
        return "redirect:/office/admin/webhooks";
    }
}
