package com.aftercare.cases.web.portal;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The demo's mailbox: the messages the portal would have e-mailed, with their sign-in links, so
 * the demo works without a mail server. Only in the {@code demo} profile; elsewhere the address is a 404.
 */
@Controller
@Profile("demo")
class DemoMailboxController {

    private final StoredMailbox mailbox;

    DemoMailboxController(StoredMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/portal/mailbox")
    ModelAndView mailbox() {
        return new ModelAndView("portal/mailbox", "messages", mailbox.recent(50));
    }
}
