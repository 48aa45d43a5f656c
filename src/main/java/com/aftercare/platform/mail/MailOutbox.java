package com.aftercare.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every e-mail to a customer starts: a row in {@code outgoing_mail}, written in the caller's
 * transaction, so a mail exists exactly when what it tells of was committed. The
 * {@link MailDispatcher} sends it from there.
 */
@Component
public class MailOutbox {

    /** A queued or sent mail, newest first in {@link #recent}. */
    public record QueuedMail(long id, String to, String subject, String text, String link, String status, int attempts,
                             Instant createdAt, Instant sentAt, String transport) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues the mail unless one with its key was queued before.
     *
     * @return false when a mail with the same key exists: the mail was already queued (and maybe sent)
     */
    @Transactional
    public boolean enqueue(OutgoingMail mail) {
        return insert(mail, null, null);
    }

    /**
     * Where a mail stands among others about the same thing: mails of one {@code thread} (a case) are sent, and
     * shown, in the order of their {@code position} (the case event's id), however the listeners that queued them
     * interleaved, and none is sent while an earlier one of its thread still waits (a retry holds the rest back).
     */
    public record Thread(String name, long position) {

        public Thread {
            java.util.Objects.requireNonNull(name, "name");
        }
    }

    /** {@link #enqueue(OutgoingMail)} for a mail that goes out in its thread's order. */
    @Transactional
    public boolean enqueue(OutgoingMail mail, Thread thread) {
        return insert(mail, thread.name(), thread.position());
    }

    private boolean insert(OutgoingMail mail, String thread, Long position) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into outgoing_mail (dedupe_key, recipient, subject, text_body, html_body, link, created_at, next_attempt_at,
                                           thread, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedupe_key) do nothing""")
                .params(mail.dedupeKey(), mail.to(), mail.subject(), mail.text(), mail.html(), mail.link(), now, now,
                        thread, position)
                .update() == 1;
    }

    /** Where a mail stands: PENDING (with its attempts so far), SENT or FAILED. */
    public record MailState(String status, int attempts, Instant sentAt, String lastError) {
    }

    /** The state of each of these keys' mails; a key with no mail is absent. */
    public Map<String, MailState> statesOf(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, MailState> states = new HashMap<>();
        jdbc.sql("select dedupe_key, status, attempts, sent_at, last_error from outgoing_mail where dedupe_key = any(?)")
                .param(keys.toArray(String[]::new))
                .query(rs -> {
                    states.put(rs.getString("dedupe_key"), new MailState(rs.getString("status"), rs.getInt("attempts"),
                            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                            rs.getString("last_error")));
                });
        return states;
    }

    /** The newest mails, whatever their state (the demo mailbox, an operator's look). */
    public List<QueuedMail> recent(int limit) {
        return jdbc.sql("""
                select id, recipient, subject, text_body, link, status, attempts, created_at, sent_at, transport
                  from outgoing_mail order by created_at desc, position desc nulls last, id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new QueuedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("link"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(), rs.getString("transport")))
                .list();
    }
}
