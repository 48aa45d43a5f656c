package com.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something happened on a case: published with the step's transaction (notifications and webhooks
 * write their outbox rows before it commits) and carrying all a listener needs, so that none reads
 * the case again.
 *
 * @param eventId the timeline entry's id: unique and increasing, so a listener that is handed the same event twice
 *                (a retry after a crash) can tell it has seen it
 * @param status  the case's status once the step is recorded
 * @param event   what happened, one record type per kind
 */
public record CaseEventRecorded(CaseId caseId, long eventId, String reference, CaseType type, CaseStatus status,
                                String orderNumber, List<String> clauses, Instant at, CaseEvent event) {

    public CaseEventRecorded {
        clauses = List.copyOf(clauses);
    }

    public CaseEventKind kind() {
        return event.kind();
    }

    /** The entry's facts as the timeline and the webhook payload carry them. */
    public Map<String, Object> details() {
        return event.details();
    }
}
