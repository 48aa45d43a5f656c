package com.aftercare.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The kept answers of creating POSTs, per caller and key. */
@Repository
class IdempotencyRecords {

    /** A claim older than this belongs to a request that died; its key may be used again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    record Kept(String method, String path, String requestSha256, Integer status, String contentType, byte[] body,
            String location, Instant createdAt) {

        boolean completed() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Kept> find(String caller, String key) {
        return jdbc.sql("""
                select method, path, request_sha256, status, content_type, response_body, location, created_at
                  from idempotency_record where caller = ? and idempotency_key = ?""")
                .params(caller, key)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getBytes(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /**
     * Claims the key for a request now starting, or takes over the claim of a request that died; false when the key
     * is taken (an answer is kept, or another request holds it). One statement.
     *
     * <p>Its commit does not wait for the disk ({@code synchronous_commit} off for this statement's transaction
     * alone): the WAL is written in order, so the request's own commit, which does wait, makes the claim durable with
     * it; a crash before that loses the claim together with everything the request did, and a retry rightly runs it.
     */
    boolean claim(String caller, String key, String method, String path) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An idempotency claim commits on its own; inside a transaction it would make"
                    + " that transaction's commit asynchronous too");
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into idempotency_record as r (caller, idempotency_key, method, path, created_at)
                select ?, ?, ?, ?, ? from (select set_config('synchronous_commit', 'off', true)) claimed_without_flush
                on conflict (caller, idempotency_key) do update
                   set method = excluded.method, path = excluded.path, created_at = excluded.created_at
                 where r.status is null and r.created_at < ?
                returning 1""")
                .params(caller, key, method, path, Timestamp.from(now), Timestamp.from(now.minus(ABANDONED_AFTER)))
                .query(Integer.class).optional().isPresent();
    }

    void complete(String caller, String key, String requestSha256, int status, String contentType, byte[] body, String location) {
        jdbc.sql("""
                update idempotency_record
                   set request_sha256 = ?, status = ?, content_type = ?, response_body = ?, location = ?, completed_at = ?
                 where caller = ? and idempotency_key = ?""")
                .params(requestSha256, status, contentType, body, location, Timestamp.from(clock.instant()), caller, key)
                .update();
    }

    void release(String caller, String key) {
        jdbc.sql("delete from idempotency_record where caller = ? and idempotency_key = ? and status is null")
                .params(caller, key)
                .update();
    }
}
