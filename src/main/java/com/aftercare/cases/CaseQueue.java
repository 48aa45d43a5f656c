package com.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The work queue: open cases, soonest deadline first, a page at a time. */
public interface CaseQueue {

    /**
     * @param statuses the open statuses a role's queue holds (the back office's queue per role);
     *                 empty means every open status. An explicit {@code status} wins over them.
     */
    record Filter(CaseType type, CaseStatus status, boolean overdueOnly, int limit, String cursor,
                         Set<CaseStatus> statuses) {

        public Filter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        }

        public Filter(CaseType type, CaseStatus status, boolean overdueOnly, int limit, String cursor) {
            this(type, status, overdueOnly, limit, cursor, Set.of());
        }
    }

    record Entry(CaseId id, String reference, CaseType type, CaseStatus status, String orderNumber, Instant openedAt,
                        String nextDeadline, Instant nextDue, String nextClause, boolean overdue) {
    }

    record Page(List<Entry> entries, String next) {
    }

    Page list(Filter filter);

    /** Every case of one order, open or closed, the newest first (the customer portal's list). */
    List<Entry> ofOrder(String orderNumber);
}
