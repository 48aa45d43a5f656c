package com.aftercare.webhooks.internal;

import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log: one row per endpoint and case event, the attempts to send it, and the claims of the dispatchers. */
@Repository
public class Deliveries {

    public enum Status { PENDING, DELIVERED, FAILED }

    /** A case event to deliver: its id, the case it is about, its kind and the body every endpoint receives. */
    record Event(long eventId, UUID caseId, String kind, String payload) {
    }

    /** A delivery reserved for one dispatcher until {@code claimedUntil}; its result is recorded under {@code token}. */
    record Claimed(UUID id, UUID token, String url, String secret, String kind, String payload, int attempts) {
    }

    /** What one attempt got: the receiver's status code, or why there was none. */
    record Outcome(Integer statusCode, String error, Duration duration) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    public record Attempt(int number, Instant at, Integer statusCode, String error, long durationMs) {
    }

    public record Delivery(UUID id, UUID endpointId, long eventId, UUID caseId, String kind, Status status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, Integer lastStatusCode,
                           String lastError, List<Attempt> attemptLog) {
    }

    /** A page of an endpoint's log, newest event first; {@code next} is the cursor of the following page, or null. */
    public record Page(List<Delivery> deliveries, String next) {
    }

    private final JdbcClient jdbc;
    private final EndpointSecrets secrets;

    Deliveries(JdbcClient jdbc, EndpointSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /**
     * One PENDING delivery of the event for every enabled endpoint that wants its kind, due at once. An event seen
     * before (a redelivery by the event registry) meets the unique key and adds nothing.
     *
     * @return the deliveries added
     */
    @Transactional
    public int enqueue(Event event, Instant now) {
        return jdbc.sql("""
                insert into webhook_delivery (id, endpoint_id, event_id, case_id, kind, payload, status, attempts,
                                              next_attempt_at, created_at)
                select gen_random_uuid(), e.id, ?, ?, ?, ?, 'PENDING', 0, ?, ?
                  from webhook_endpoint e
                 where e.enabled and (cardinality(e.kinds) = 0 or ? = any (e.kinds))
                on conflict on constraint webhook_delivery_once do nothing""")
                .params(event.eventId(), event.caseId(), event.kind(), event.payload(), Timestamp.from(now), Timestamp.from(now),
                        event.kind())
                .update();
    }

    /**
     * Reserves up to {@code limit} due deliveries of enabled endpoints for the caller: rows another dispatcher holds
     * are skipped ({@code for update skip locked}), and each claimed row becomes due again only after the lease, so
     * two instances never send the same delivery at once and a crash mid-send is retried.
     *
     * <p>A receiver gets one case's events in the order they happened: a delivery is not claimed while an earlier
     * event of the same case to the same endpoint is still PENDING, whether waiting for its back-off or held by
     * another dispatcher's lease (one given up as FAILED no longer holds the others back). The partial index
     * {@code webhook_delivery_pending_per_case} answers that with one probe per candidate.
     */
    @Transactional
    public List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        UUID token = UUID.randomUUID();
        return jdbc.sql("""
                with due as (
                    select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                     where d.status = 'PENDING' and d.next_attempt_at <= ? and e.enabled
                       and not exists (select 1 from webhook_delivery earlier
                                        where earlier.endpoint_id = d.endpoint_id and earlier.case_id = d.case_id
                                          and earlier.status = 'PENDING' and earlier.event_id < d.event_id)
                     order by d.next_attempt_at, d.event_id
                     limit ?
                       for update of d skip locked)
                update webhook_delivery d set next_attempt_at = ?, claim_token = ?
                  from due, webhook_endpoint e
                 where d.id = due.id and e.id = d.endpoint_id
                returning d.id, d.claim_token, e.id as endpoint_id, e.url, e.secret, d.kind, d.payload, d.attempts""")
                .params(Timestamp.from(now), limit, Timestamp.from(now.plus(lease)), token)
                .query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("claim_token", UUID.class),
                        rs.getString("url"), secrets.open(rs.getObject("endpoint_id", UUID.class), rs.getString("secret")),
                        rs.getString("kind"), rs.getString("payload"), rs.getInt("attempts")))
                .list();
    }

    /**
     * Logs the attempt and moves the delivery on: DELIVERED on a 2xx; otherwise due again after the back-off, or
     * FAILED once {@code maxAttempts} attempts have failed. A claim that is no longer the caller's (the delivery was
     * deleted or requeued meanwhile) changes nothing but the log.
     */
    @Transactional
    public void record(Claimed claim, Instant at, Outcome outcome, Backoff backoff, int maxAttempts) {
        int attempts = claim.attempts() + 1;
        Status status;
        Instant next = null;
        if (outcome.succeeded()) {
            status = Status.DELIVERED;
        } else if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            next = at.plus(backoff.after(attempts));
        }
        String error = truncated(outcome.error());
        jdbc.sql("""
                update webhook_delivery
                   set status = ?, attempts = ?, next_attempt_at = ?, claim_token = null, last_status_code = ?, last_error = ?,
                       delivered_at = case when ? then ? else delivered_at end
                 where id = ? and claim_token = ?""")
                .params(status.name(), attempts, next == null ? null : Timestamp.from(next), outcome.statusCode(), error,
                        outcome.succeeded(), Timestamp.from(at), claim.id(), claim.token())
                .update();
        jdbc.sql("""
                insert into webhook_attempt (delivery_id, number, at, status_code, error, duration_ms)
                select d.id, coalesce((select max(a.number) from webhook_attempt a where a.delivery_id = d.id), 0) + 1, ?, ?, ?, ?
                  from webhook_delivery d where d.id = ?""")
                .params(Timestamp.from(at), outcome.statusCode(), error, outcome.duration().toMillis(), claim.id())
                .update();
    }

    /** Sends a FAILED or DELIVERED delivery again, at once, with a fresh set of attempts. */
    @Transactional
    public Delivery redeliver(UUID endpointId, UUID deliveryId, Instant now) {
        Delivery delivery = find(endpointId, deliveryId)
                .orElseThrow(() -> new NotFoundException("Webhook " + endpointId + " has no delivery " + deliveryId + "."));
        if (delivery.status() == Status.PENDING) {
            throw new ConflictException("This delivery is still pending: it is sent at " + delivery.nextAttemptAt()
                    + " at the latest. Only a FAILED or DELIVERED one can be sent again.");
        }
        jdbc.sql("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, claim_token = null
                 where id = ?""").params(Timestamp.from(now), deliveryId).update();
        return find(endpointId, deliveryId).orElseThrow();
    }

    public Optional<Delivery> find(UUID endpointId, UUID deliveryId) {
        return jdbc.sql(SELECT + " where d.endpoint_id = ? and d.id = ?").params(endpointId, deliveryId)
                .query(Deliveries::delivery).optional().map(this::withAttempts);
    }

    /** The body that is sent (the same bytes on every attempt). */
    public Optional<String> payload(UUID endpointId, UUID deliveryId) {
        return jdbc.sql("select payload from webhook_delivery where endpoint_id = ? and id = ?").params(endpointId, deliveryId)
                .query(String.class).optional();
    }

    /** An endpoint's log, newest event first, optionally only one status; pages follow the event id. */
    public Page log(UUID endpointId, Status status, int limit, String cursor) {
        long before = cursorOf(cursor);
        List<Delivery> rows = jdbc.sql(SELECT + """
                 where d.endpoint_id = ? and d.event_id < ? and (cast(? as varchar) is null or d.status = ?)
                 order by d.event_id desc limit ?""")
                .params(endpointId, before, status == null ? null : status.name(), status == null ? null : status.name(), limit + 1)
                .query(Deliveries::delivery).list();
        boolean more = rows.size() > limit;
        List<Delivery> page = more ? rows.subList(0, limit) : rows;
        Map<UUID, List<Attempt>> attempts = attemptsOf(page);
        List<Delivery> withAttempts = page.stream().map(d -> withAttempts(d, attempts.getOrDefault(d.id(), List.of()))).toList();
        return new Page(withAttempts, more ? Long.toString(page.getLast().eventId()) : null);
    }

    private static long cursorOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "is not a cursor this service gave out; start again without it");
        }
    }

    private Map<UUID, List<Attempt>> attemptsOf(List<Delivery> deliveries) {
        Map<UUID, List<Attempt>> byDelivery = new LinkedHashMap<>();
        if (deliveries.isEmpty()) {
            return byDelivery;
        }
        jdbc.sql("""
                select delivery_id, number, at, status_code, error, duration_ms from webhook_attempt
                 where delivery_id = any (?) order by delivery_id, number""")
                .param(deliveries.stream().map(Delivery::id).toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject("delivery_id", UUID.class), attempt(rs)))
                .list()
                .forEach(entry -> byDelivery.computeIfAbsent(entry.getKey(), id -> new java.util.ArrayList<>()).add(entry.getValue()));
        return byDelivery;
    }

    private Delivery withAttempts(Delivery delivery) {
        return withAttempts(delivery, attemptsOf(List.of(delivery)).getOrDefault(delivery.id(), List.of()));
    }

    private static Delivery withAttempts(Delivery d, List<Attempt> attempts) {
        return new Delivery(d.id(), d.endpointId(), d.eventId(), d.caseId(), d.kind(), d.status(), d.attempts(), d.createdAt(),
                d.nextAttemptAt(), d.deliveredAt(), d.lastStatusCode(), d.lastError(), List.copyOf(attempts));
    }

    private static final String SELECT = """
            select d.id, d.endpoint_id, d.event_id, d.case_id, d.kind, d.status, d.attempts, d.created_at, d.next_attempt_at,
                   d.delivered_at, d.last_status_code, d.last_error
              from webhook_delivery d
            """;

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class), rs.getLong("event_id"),
                rs.getObject("case_id", UUID.class), rs.getString("kind"), status, rs.getInt("attempts"),
                instant(rs, "created_at"), status == Status.PENDING ? instant(rs, "next_attempt_at") : null,
                instant(rs, "delivered_at"), rs.getObject("last_status_code", Integer.class), rs.getString("last_error"), List.of());
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        return new Attempt(rs.getInt("number"), instant(rs, "at"), rs.getObject("status_code", Integer.class), rs.getString("error"),
                rs.getLong("duration_ms"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String truncated(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 497) + "...";
    }
}
