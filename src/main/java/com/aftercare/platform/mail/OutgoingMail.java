package com.aftercare.platform.mail;

import java.util.Objects;

/**
 * One e-mail to send.
 *
 * @param dedupeKey what the mail is about, unique for all time ("case-event:1234", "sign-in:&lt;digest&gt;"): a
 *                  second mail with the same key is not queued, so a retried listener never sends twice
 * @param html      the HTML alternative, or null for text only
 * @param link      the one link the mail is about (a sign-in link), kept for the demo mailbox; or null
 */
public record OutgoingMail(String dedupeKey, String to, String subject, String text, String html, String link) {

    public OutgoingMail {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
