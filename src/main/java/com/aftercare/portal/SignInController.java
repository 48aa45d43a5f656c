package com.aftercare.portal;

import com.aftercare.identity.CustomerLinks;
import com.aftercare.platform.web.PublicAddress;
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

/**
 * A customer's way in without a password: the order number and the order's e-mail ask for a
 * one-time link ({@link CustomerLinks}); following it signs the browser in to that one order, as
 * a principal named by the order number with the single authority {@code ROLE_CUSTOMER}.
 */
@Controller
class SignInController {

    static final String CUSTOMER = "ROLE_CUSTOMER";
    static final String SIGN_IN = "/portal/sign-in";

    private final CustomerLinks links;
    private final MessageSource messages;
    private final PublicAddress address;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(CustomerLinks links, MessageSource messages, PublicAddress address) {
        this.links = links;
        this.messages = messages;
        this.address = address;
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
        // The link is built from configuration, never from the request's Host (which anyone can forge); its token
        // rides after '#', which no browser sends to a server, so no access log or Referer ever holds it.
        var answer = links.request(orderNumber, email, request.getRemoteAddr(),
                token -> address.link(SIGN_IN) + "#token=" + token,
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

    /**
     * Where the mailed link lands: a page whose script reads the token from the link's fragment, takes it out of the
     * address bar and the history, and posts it. A GET never spends the token, so a mail scanner that opens links
     * before the customer does leaves it working. A link of the older form ({@code ?token=}, still in a mailbox
     * within its lifetime) is moved to the fragment.
     */
    @GetMapping(SIGN_IN)
    String signInPage(@RequestParam(required = false) String token, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        if (token != null && !token.isBlank()) {
            return "redirect:" + SIGN_IN + "#token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
        }
        return "portal/sign-in";
    }

    /** Exchanges a one-time token for a session of its order, then redirects to a page whose address holds no token. */
    @PostMapping(SIGN_IN)
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
