package com.aftercare.backoffice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The service's front door leads staff to their queue (and through the sign-in, when needed). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/office";
    }
}
