package com.aftercare.cases.web.portal;

/**
 * Where messages to customers go. There is no mail server yet (a later issue sends real e-mail):
 * {@link StoredMailbox} keeps each message in {@code demo_mail}, which the demo shows at
 * {@code /portal/mailbox}.
 */
public interface CustomerMailbox {

    /** @param link the one link the message is about (a sign-in link), or null */
    record Message(String to, String subject, String text, String link) {
    }

    void send(Message message);
}
