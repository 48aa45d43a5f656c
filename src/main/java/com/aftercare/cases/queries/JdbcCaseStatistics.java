package com.aftercare.cases.queries;

import com.aftercare.cases.CaseStatistics;
import com.aftercare.cases.core.CaseRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, each one SQL aggregate over the cases: open cases by type and status,
 * the overdue ones, why returns were decided as they were, how long refunds and repairs take, and
 * the loaners out. "Open" is what the work queues show: not rejected, refunded, replaced, sent
 * back or cancelled.
 */
@Service
class JdbcCaseStatistics implements CaseStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCaseStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public Figures figures() {
        Timestamp now = Timestamp.from(clock.instant());
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
                repair.count(), loanersOut, loaners);
    }

    private List<Count> counts(String sql) {
        return jdbc.sql(sql).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }
}
