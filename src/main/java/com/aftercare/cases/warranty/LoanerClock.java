package com.aftercare.cases.warranty;

import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.core.CaseJournal;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.CaseId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WAR-5's clock turning: when a covered repair has run past its loaner day with no loaner lent,
 * the case's timeline says a loaner is now owed (once), so the customer is told and the store's
 * other systems hear of it. Run every few minutes by {@link CaseClocksSchedule}.
 */
@Component
public class LoanerClock {

    private static final Logger log = LoggerFactory.getLogger(LoanerClock.class);

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final CaseJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoanerClock(JdbcClient jdbc, CaseRepository cases, CaseJournal journal, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many cases now owe a loaner */
    public int noteLoanersDue() {
        Instant now = clock.instant();
        List<UUID> due = jdbc.sql("""
                select d.case_id from case_deadline d join case_file c on c.id = d.case_id
                 where d.kind = ? and d.met is null and d.due < ? and c.%s
                   and not exists (select 1 from case_event e where e.case_id = d.case_id and e.kind = ?)
                 order by d.due""".formatted(CaseRepository.OPEN))
                .params(WarrantyDeadlines.LOANER, Timestamp.from(now), CaseEventKind.LOANER_DUE.name())
                .query(UUID.class).list();
        int noted = 0;
        for (UUID id : due) {
            try {
                Boolean done = transactions.execute(status -> noteDue(new CaseId(id), now));
                noted += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                // Someone acted on the case at the same moment: the next round looks again.
                log.warn("Could not note the loaner due on case {}: {}", id, e.getMessage());
            }
        }
        return noted;
    }

    private boolean noteDue(CaseId id, Instant now) {
        // Another instance's clock may look at the same moment: the case's row lock makes the second one wait and
        // then find the first one's LOANER_DUE (WAR-5: owed once).
        if (cases.lockVersion(id).isEmpty()) {
            return false;
        }
        CaseFile file = cases.load(id).orElse(null);
        if (file == null || file.openLoan().isPresent() || file.timeline().stream().anyMatch(e -> e.kind() == CaseEventKind.LOANER_DUE)) {
            return false;
        }
        // The due moment is the last second of the 10th working day: the store may still lend one then.
        var deadline = file.deadline(WarrantyDeadlines.LOANER).filter(d -> d.met() == null && d.due().isBefore(now));
        if (deadline.isEmpty()) {
            return false;
        }
        journal.note(journal.adopt(file), now, "system", List.of(deadline.get().clause()), new CaseEvent.LoanerDue(deadline.get().due()));
        return true;
    }
}
