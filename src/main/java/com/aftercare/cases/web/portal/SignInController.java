package com.aftercare.cases.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A customer's way in without a password: the order number and the order's e-mail ask for a
 * one-time link ({@link CustomerLinks}); following it signs the browser in to that one order, as
 * a principal named by the order number with the single authority {@code ROLE_CUSTOMER}.
 */
@Controller
class SignInController {

    static final String CUSTOMER = "ROLE_CUSTOMER";

    private final CustomerLinks links;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(CustomerLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/portal")
    ModelAndView start(@RequestParam(required = false) String problem) {
        var model = new ModelAndView("portal/start");
        model.addObject("problem", "expired".equals(problem) ? "portal.link.invalid" : null);
        return model;
    }

    @PostMapping("/portal/link")
    ModelAndView requestLink(@RequestParam(defaultValue = "") String orderNumber, @RequestParam(defaultValue = "") String email,
            HttpServletRequest request, Locale locale) {
        var answer = links.request(orderNumber, email, request.getRemoteAddr(),
                token -> ServletUriComponentsBuilder.fromContextPath(request).path("/portal/sign-in")
                        .queryParam("token", token).toUriString(),
                new CustomerLinks.MailText() {
                    @Override
                    public String subject(String number) {
                        return messages.getMessage("portal.mail.subject", new Object[] {number}, locale);
                    }

                    @Override
                    public String text(String number, String link, long minutes) {
                        return messages.getMessage("portal.mail.text", new Object[] {number, link, minutes}, locale);
                    }
                });
        var model = new ModelAndView("portal/start");
        if (answer == CustomerLinks.Requested.TOO_MANY) {
            model.addObject("problem", "portal.link.tooMany");
            model.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        } else {
            model.addObject("sent", true);
        }
        return model;
    }

    @GetMapping("/portal/sign-in")
    String signIn(@RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response) {
        return links.redeem(token).map(orderNumber -> {
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            request.getSession(true);
            var authentication = UsernamePasswordAuthenticationToken.authenticated(orderNumber, null,
                    List.of(new SimpleGrantedAuthority(CUSTOMER)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return "redirect:/portal/orders/" + orderNumber;
        }).orElse("redirect:/portal?problem=expired");
    }

    @PostMapping("/portal/sign-out")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/portal";
    }
}
