package com.aftercare.cases.queries;

import com.aftercare.cases.CaseQueue;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.platform.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Work queues (API.md): cases soonest deadline first, late ones marked; open cases only unless a
 * status is asked for. Pages follow a keyset cursor, so a queue of thousands stays fast and stable
 * while cases change.
 */
@Service
class JdbcCaseQueue implements CaseQueue {

    private static final String FIRST = "-infinity";
    private static final UUID NO_ID = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCaseQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Page list(Filter filter) {
        Instant now = clock.instant();
        Query query = query(filter, now);
        List<Row> rows = jdbc.sql(query.sql()).params(query.params())
                .query((rs, n) -> new Row(entry(rs, now), rs.getTimestamp("queue_due").toInstant())).list();
        boolean more = rows.size() > filter.limit();
        List<Row> page = rows.stream().limit(filter.limit()).toList();
        String next = more ? encode(page.getLast()) : null;
        return new Page(page.stream().map(Row::entry).toList(), next);
    }

    /** The statement a page of the queue runs, and its parameters (CaseQueueIndexTest explains the same). */
    record Query(String sql, Map<String, Object> params) {
    }

    Query query(Filter filter, Instant now) {
        String[] after = decode(filter.cursor());
        // Each filter is its own fixed piece of SQL (never input), so that the planner sees a predicate an index serves:
        // the open queue's partial indexes (V57), or the index by status.
        StringBuilder where = new StringBuilder(filter.status() != null ? "c.status = :status" : "c." + CaseRepository.OPEN);
        if (filter.status() == null && !filter.statuses().isEmpty()) {
            where.append(" and c.status in (:statuses)");
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
        }
        if (filter.overdueOnly()) {
            where.append(" and c.queue_due < :now");
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("afterDue", after[0]);
        params.put("afterId", UUID.fromString(after[1]));
        params.put("limit", filter.limit() + 1);
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        } else if (!filter.statuses().isEmpty()) {
            params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (filter.type() != null) {
            params.put("type", filter.type().name());
        }
        if (filter.overdueOnly()) {
            params.put("now", Timestamp.from(now));
        }
        return new Query("""
                select c.id, c.reference, c.type, c.status, c.order_number, c.opened_at, c.next_deadline_kind, c.next_due,
                       c.next_clause, c.queue_due
                  from case_file c
                 where %s
                   and (c.queue_due, c.id) > (cast(:afterDue as timestamptz), :afterId)
                 order by c.queue_due, c.id
                 limit :limit""".formatted(where), params);
    }

    /** Every case of one order, open or closed, the newest first (the customer portal's list). */
    @Override
    public List<Entry> ofOrder(String orderNumber) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select c.id, c.reference, c.type, c.status, c.order_number, c.opened_at, c.next_deadline_kind, c.next_due,
                       c.next_clause
                  from case_file c
                 where c.order_number = :orderNumber
                 order by c.opened_at desc, c.id""")
                .param("orderNumber", orderNumber)
                .query((rs, n) -> entry(rs, now))
                .list();
    }

    /** An entry and the key it sorts on (its next deadline, or the end of time without one). */
    private record Row(Entry entry, Instant queueDue) {
    }

    private static Entry entry(java.sql.ResultSet rs, Instant now) throws java.sql.SQLException {
        Timestamp due = rs.getTimestamp("next_due");
        return new Entry(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")), rs.getString("order_number"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("next_deadline_kind"), due == null ? null : due.toInstant(),
                rs.getString("next_clause"), due != null && due.toInstant().isBefore(now));
    }

    private static String encode(Row last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((last.queueDue() + "|" + last.entry().id())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new String[] {FIRST, NO_ID.toString()};
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2 || !(parts[0].equals("infinity") || parseable(parts[0]))) {
                throw new IllegalArgumentException(cursor);
            }
            UUID.fromString(parts[1]);
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this service gave out; start again without it");
        }
    }

    private static boolean parseable(String instant) {
        try {
            Instant.parse(instant);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
