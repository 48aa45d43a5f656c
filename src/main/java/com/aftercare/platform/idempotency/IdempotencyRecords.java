package com.aftercare.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    /** Claims the key for a request now starting; false when another request holds it. */
    boolean claim(String caller, String key, String method, String path) {
        jdbc.sql("delete from idempotency_record where caller = ? and idempotency_key = ? and status is null and created_at < ?")
                .params(caller, key, Timestamp.from(clock.instant().minus(ABANDONED_AFTER)))
                .update();
        return jdbc.sql("""
                insert into idempotency_record (caller, idempotency_key, method, path, created_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(caller, key, method, path, Timestamp.from(clock.instant()))
                .update() == 1;
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
