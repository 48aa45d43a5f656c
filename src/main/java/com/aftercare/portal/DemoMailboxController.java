package com.aftercare.portal;

import com.aftercare.platform.mail.MailOutbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The demo's mailbox: every e-mail to customers (sign-in links, case notifications), so the demo
 * works without a mail server. Only in the {@code demo} profile; elsewhere the address is a 404.
 */
@Controller
@Profile("demo")
class DemoMailboxController {

    private final MailOutbox mailbox;

    DemoMailboxController(MailOutbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/portal/mailbox")
    ModelAndView mailbox() {
        return new ModelAndView("portal/mailbox", "messages", mailbox.recent(50));
    }
}
