package com.aftercare.cases.queries;

import com.aftercare.cases.CaseStatistics;
import com.aftercare.cases.core.CaseRepository;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures, each one SQL aggregate over the cases: open cases by type and status,
 * the overdue ones, why returns were decided as they were, how long refunds and repairs take, and
 * the loaners out. "Open" is what the work queues show: not rejected, refunded, replaced, sent
 * back or cancelled.
 *
 * <p>Counting visits every open case, which at a million cases takes a second of the database's time: the dashboard
 * shows a snapshot instead, counted at most every {@code aftercare.dashboard.refresh} (30 s). A request that finds it
 * older is answered with it while it is counted anew in the background; one that finds it ten times older (nobody
 * looked for a while) waits for a fresh count. Zero counts on every request (the tests).
 */
@Service
class JdbcCaseStatistics implements CaseStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoadingCache<Boolean, Figures> snapshot;

    JdbcCaseStatistics(JdbcClient jdbc, Clock clock, @Value("${aftercare.dashboard.refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = refresh.isZero() ? null
                : Caffeine.newBuilder().refreshAfterWrite(refresh).expireAfterWrite(refresh.multipliedBy(10))
                        .build(key -> count());
    }

    @Override
    public Figures figures() {
        return snapshot == null ? count() : snapshot.get(Boolean.TRUE);
    }

    private Figures count() {
        Instant asOf = clock.instant();
        Timestamp now = Timestamp.from(asOf);
        List<Count> byType = counts("select type, count(*) from case_file where " + CaseRepository.OPEN + " group by type order by 2 desc, 1");
        List<Count> byStatus = counts("select status, count(*) from case_file where " + CaseRepository.OPEN + " group by status order by 2 desc, 1");
        // The open cases whose next deadline is past: a range of the open queue's index (V57), not a join of every clock.
        List<Count> overdueByType = jdbc.sql("""
                select type, count(*) from case_file
                 where %s and queue_due < :now
                 group by type order by 2 desc, 1""".formatted(CaseRepository.OPEN))
                .param("now", now).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
        long overdue = overdueByType.stream().mapToLong(Count::count).sum();
        List<Count> reasons = counts("""
                select decision ->> 'reasonKey', count(*) from case_file
                 where type = 'RETURN' and decision ->> 'reasonKey' is not null
                 group by 1 order by 2 desc, 1 limit 12""");
        record Average(Double days, long count) {
        }
        // From the refunds and repairs themselves, not from a scan of every timeline entry.
        Average refund = jdbc.sql("""
                select avg(extract(epoch from (r.issued_at - c.opened_at))) / 86400, count(*)
                  from case_refund r join case_file c on c.id = r.case_id""")
                .query((rs, n) -> new Average(rs.getObject(1) == null ? null : rs.getDouble(1), rs.getLong(2))).single();
        Average repair = jdbc.sql("""
                select avg(extract(epoch from (repair_finished_at - repair_started_at))) / 86400, count(*)
                  from case_warranty where repair_started_at is not null and repair_finished_at is not null""")
                .query((rs, n) -> new Average(rs.getObject(1) == null ? null : rs.getDouble(1), rs.getLong(2))).single();
        long loanersOut = jdbc.sql("select count(*) from loaner_loan where returned_at is null").query(Long.class).single();
        long loaners = jdbc.sql("select count(*) from loaner_unit").query(Long.class).single();
        return new Figures(byType, byStatus, overdueByType, overdue, reasons, refund.days(), refund.count(), repair.days(),
                repair.count(), loanersOut, loaners, asOf);
    }

    private List<Count> counts(String sql) {
        return jdbc.sql(sql).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }
}
