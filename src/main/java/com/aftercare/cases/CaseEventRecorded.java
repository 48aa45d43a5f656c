package com.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something happened on a case: published with the step's transaction and delivered after commit
 * through the event publication registry (notifications and webhooks listen to it).
 *
 * @param eventId the timeline entry's id: unique and increasing, so a listener that is handed the same event twice
 *                (a retry after a crash) can tell it has seen it
 * @param status  the case's status once the step is recorded
 * @param details what the timeline entry records (the same map the case's timeline shows)
 */
public record CaseEventRecorded(CaseId caseId, long eventId, String reference, CaseType type, CaseStatus status,
                                String orderNumber, String kind, List<String> clauses, Map<String, Object> details,
                                Instant at) {

    public CaseEventRecorded {
        clauses = List.copyOf(clauses);
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
