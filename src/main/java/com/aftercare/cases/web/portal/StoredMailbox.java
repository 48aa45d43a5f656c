package com.aftercare.cases.web.portal;

import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.mail.OutgoingMail;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sends the portal's messages (sign-in links) through the mail outbox, in the transaction that made
 * the link: SMTP when a mail server is configured, the demo mailbox otherwise.
 */
@Component
class StoredMailbox implements CustomerMailbox {

    private final MailOutbox outbox;

    StoredMailbox(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(Message message) {
        // Every sign-in request is a mail of its own: a fresh key.
        outbox.enqueue(new OutgoingMail("portal:" + UUID.randomUUID(), message.to(), message.subject(), message.text(), null,
                message.link()));
    }
}
