package com.aftercare.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page. Spring Security takes the form's POST to {@code /login}, checks the
 * password and the lock-out, and comes back here with {@code ?error}, {@code ?locked} or
 * {@code ?logout}; the page never says whether a user name exists.
 */
@Controller
class SignInPageController {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }
}
