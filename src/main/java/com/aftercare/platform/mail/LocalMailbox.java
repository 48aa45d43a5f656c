package com.aftercare.platform.mail;

/**
 * No mail server: a mail counts as delivered when it is in {@code outgoing_mail}, where the demo
 * mailbox page shows it. The service says so at start-up (see {@link MailConfiguration}).
 */
final class LocalMailbox implements MailTransport {

    @Override
    public String name() {
        return "LOCAL";
    }

    @Override
    public void send(OutgoingMail mail, String messageId) {
        // Nothing leaves the service: the row itself is the delivered mail.
    }
}
