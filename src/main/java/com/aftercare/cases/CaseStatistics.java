package com.aftercare.cases;

import java.time.Instant;
import java.util.List;

/** The dashboard's figures: open cases by type and status, what is overdue, how the clocks were met. */
public interface CaseStatistics {

    /** A count under a key: a case type, a status, a reason key. */
    record Count(String key, long count) {
    }

    /**
     * @param averageDaysToRefund from a case's opening to its refund, over every refund issued; null without one
     * @param averageDaysToRepair from a repair's start to its finish, over every finished repair; null without one
     * @param asOf when these figures were counted (the dashboard shows a snapshot, counted anew in the background)
     */
    record Figures(List<Count> openByType, List<Count> openByStatus, List<Count> overdueByType, long overdue,
                          List<Count> returnReasons, Double averageDaysToRefund, long refunds, Double averageDaysToRepair,
                          long repairs, long loanersOut, long loaners, Instant asOf) {

        public long open() {
            return openByType.stream().mapToLong(Count::count).sum();
        }
    }

    Figures figures();
}
