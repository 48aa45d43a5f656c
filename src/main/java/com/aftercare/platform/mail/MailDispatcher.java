package com.aftercare.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link MailOutbox} queued, oldest due first, and the mails of one thread (a case) in their order:
 * one whose earlier mail still waits for a retry waits with it. Mails are claimed in batches by one short
 * statement ({@code for update skip locked}) that leases them: their next attempt is moved past the lease, so
 * another instance does not take them while they are sent, and no row lock is held across the SMTP call. A
 * sending instance that dies leaves its mails due again when the lease ends (the same Message-ID on the next
 * attempt). A failure of the mail server leaves the mail queued with its next attempt further away each time
 * (never dropped); only a mail that can never go (a malformed address) ends as FAILED.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /**
     * @param from        the sender of every mail
     * @param firstRetry  how long after a first failure the mail is tried again; doubled each time
     * @param maxRetry    the longest wait between two attempts
     * @param batch       the most mails claimed (leased) at once; a round claims batch after batch until none is due
     * @param lease       how long a claimed mail is not claimed again while it is being sent
     */
    @ConfigurationProperties("aftercare.mail")
    record MailProperties(@DefaultValue("Aftercare <no-reply@example.com>") String from,
                          @DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
                          @DefaultValue("50") int batch, @DefaultValue("2m") Duration lease) {
    }

    private record Claimed(long id, OutgoingMail mail, int attempts) {
    }

    private final JdbcClient jdbc;
    private final MailTransport transport;
    private final MailProperties properties;
    private final Clock clock;
    private final String messageIdDomain;

    MailDispatcher(JdbcClient jdbc, MailTransport transport, MailProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
        String from = properties.from();
        this.messageIdDomain = from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
    }

    /**
     * One round: sends every mail that is due, a batch at a time, until none is. The batch's sent mails are marked in
     * one statement after the batch (a crash in between sends them again when their lease ends, with the same
     * Message-ID, as a crash during the SMTP call always could).
     *
     * @return how many mails left in this round
     */
    public int dispatchDue() {
        int sent = 0;
        while (true) {
            // A thread's next mail becomes claimable once the one before it is sent: claim again until nothing is due.
            List<Claimed> claimed = claim(properties.batch());
            if (claimed.isEmpty()) {
                return sent;
            }
            List<Claimed> left = claimed.stream().filter(this::attempt).toList();
            markSent(left);
            sent += left.size();
        }
    }

    /** Due mails, each the earliest pending of its thread, leased to this round in one statement. */
    private List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update outgoing_mail set next_attempt_at = :leaseEnds
                 where id in (select m.id from outgoing_mail m
                               where m.status = 'PENDING' and m.next_attempt_at <= :now
                                 and not exists (select 1 from outgoing_mail earlier
                                                  where earlier.thread = m.thread and earlier.position < m.position
                                                    and earlier.status = 'PENDING')
                               order by m.next_attempt_at, m.id
                               limit :limit
                                 for update skip locked)
                returning id, dedupe_key, recipient, subject, text_body, html_body, link, attempts""")
                .param("leaseEnds", Timestamp.from(now.plus(properties.lease())))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getLong("id"), new OutgoingMail(rs.getString("dedupe_key"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        rs.getString("link")), rs.getInt("attempts")))
                .list().stream().sorted(java.util.Comparator.comparingLong(Claimed::id)).toList();
    }

    private void markSent(List<Claimed> sent) {
        if (sent.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update outgoing_mail set status = 'SENT', attempts = attempts + 1, sent_at = :now, transport = :transport,
                                         last_error = null
                 where id in (:ids)""")
                .param("now", Timestamp.from(clock.instant())).param("transport", transport.name())
                .param("ids", sent.stream().map(Claimed::id).toList())
                .update();
    }

    /** @return true if the mail left (to be marked sent with its batch), false if it waits or failed for good */
    private boolean attempt(Claimed claimed) {
        Instant now = clock.instant();
        int attempts = claimed.attempts() + 1;
        try {
            transport.send(claimed.mail(), "<mail-" + claimed.id() + "@" + messageIdDomain + ">");
            return true;
        } catch (MailTransport.PermanentMailFailure e) {
            log.error("Mail {} ({}) can never be sent: {}", claimed.id(), claimed.mail().dedupeKey(), e.getMessage());
            jdbc.sql("update outgoing_mail set status = 'FAILED', attempts = ?, last_error = ? where id = ?")
                    .params(attempts, e.getMessage(), claimed.id())
                    .update();
            return false;
        } catch (RuntimeException e) {
            Instant next = now.plus(backoff(attempts));
            log.warn("Mail {} ({}) not sent on attempt {}, next attempt at {}: {}", claimed.id(), claimed.mail().dedupeKey(),
                    attempts, next, e.getMessage());
            jdbc.sql("update outgoing_mail set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(attempts, Timestamp.from(next), String.valueOf(e.getMessage()), claimed.id())
                    .update();
            return false;
        }
    }

    /** The wait after the n-th failed attempt: the first retry delay, doubled each time, at most the longest. */
    Duration backoff(int failedAttempts) {
        Duration wait = properties.firstRetry();
        for (int i = 1; i < failedAttempts && wait.compareTo(properties.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }
}
