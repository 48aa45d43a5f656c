package com.aftercare.cases.web.portal;

/**
 * Where the portal's messages to customers go: {@link StoredMailbox} queues them in the mail
 * outbox, which sends them by SMTP, or keeps them for the demo's {@code /portal/mailbox}.
 */
public interface CustomerMailbox {

    /** @param link the one link the message is about (a sign-in link), or null */
    record Message(String to, String subject, String text, String link) {
    }

    void send(Message message);
}
