package com.aftercare.platform.mail;

/** How a queued mail leaves: SMTP ({@link SmtpTransport}) or the local mailbox ({@link LocalMailbox}). */
interface MailTransport {

    /** The name kept with a sent mail: SMTP or LOCAL. */
    String name();

    /**
     * Hands the mail over.
     *
     * @param messageId the mail's Message-ID, the same on every attempt, so a receiving server can drop a copy
     * @throws PermanentMailFailure when no attempt can ever succeed (a malformed address)
     * @throws RuntimeException for a failure worth trying again later (the server is down, busy or refuses for now)
     */
    void send(OutgoingMail mail, String messageId);

    final class PermanentMailFailure extends RuntimeException {

        PermanentMailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
