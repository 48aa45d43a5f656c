package com.aftercare.cases.queries;

import com.aftercare.cases.CaseQueue;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.platform.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
    /** The statuses a work queue leaves out unless asked for, as {@link CaseStatus#isClosed()} decides. */
    private static final String CLOSED = CaseStatus.closed().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
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
        String[] after = decode(filter.cursor());
        List<Entry> rows = jdbc.sql("""
                select c.id, c.reference, c.type, c.status, c.order_number, c.opened_at, d.kind, d.due, d.clause,
                       coalesce(d.due, 'infinity'::timestamptz) as sort_due
                  from case_file c
                  left join lateral (select kind, due, clause from case_deadline
                                      where case_id = c.id and met is null order by due limit 1) d on true
                 where (cast(:type as text) is null or c.type = :type)
                   and (cast(:status as text) is null and c.status <> all(string_to_array(:closed, ','))
                        or c.status = :status)
                   and (cast(:status as text) is not null or cast(:statuses as text) is null
                        or c.status = any(string_to_array(:statuses, ',')))
                   and (not :overdue or d.due < :now)
                   and (coalesce(d.due, 'infinity'::timestamptz), c.id) > (cast(:afterDue as timestamptz), :afterId)
                 order by sort_due, c.id
                 limit :limit""")
                .param("type", filter.type() == null ? null : filter.type().name())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("closed", CLOSED)
                .param("statuses", filter.statuses().isEmpty() ? null
                        : filter.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("overdue", filter.overdueOnly())
                .param("now", Timestamp.from(now))
                .param("afterDue", after[0])
                .param("afterId", UUID.fromString(after[1]))
                .param("limit", filter.limit() + 1)
                .query((rs, n) -> new Entry(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("order_number"), rs.getTimestamp("opened_at").toInstant(), rs.getString("kind"),
                        rs.getTimestamp("due") == null ? null : rs.getTimestamp("due").toInstant(), rs.getString("clause"),
                        rs.getTimestamp("due") != null && rs.getTimestamp("due").toInstant().isBefore(now)))
                .list();
        boolean more = rows.size() > filter.limit();
        List<Entry> entries = rows.stream().limit(filter.limit()).toList();
        String next = more ? encode(entries.getLast()) : null;
        return new Page(entries, next);
    }

    /** Every case of one order, open or closed, the newest first (the customer portal's list). */
    @Override
    public List<Entry> ofOrder(String orderNumber) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select c.id, c.reference, c.type, c.status, c.order_number, c.opened_at, d.kind, d.due, d.clause
                  from case_file c
                  left join lateral (select kind, due, clause from case_deadline
                                      where case_id = c.id and met is null order by due limit 1) d on true
                 where c.order_number = :orderNumber
                 order by c.opened_at desc, c.id""")
                .param("orderNumber", orderNumber)
                .query((rs, n) -> new Entry(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("order_number"), rs.getTimestamp("opened_at").toInstant(), rs.getString("kind"),
                        rs.getTimestamp("due") == null ? null : rs.getTimestamp("due").toInstant(), rs.getString("clause"),
                        rs.getTimestamp("due") != null && rs.getTimestamp("due").toInstant().isBefore(now)))
                .list();
    }

    private static String encode(Entry last) {
        String due = last.nextDue() == null ? "infinity" : last.nextDue().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((due + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
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
