package com.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something happened on a case: published inside the step's transaction, so that the listeners
 * (notifications, webhooks) write their outbox rows with it, and carrying all they need, so that none
 * reads the case again.
 *
 * @param eventId the timeline entry's id: unique and increasing, so a listener that is handed the same event twice
 *                (a retry after a crash) can tell it has seen it
 * @param status  the case's status once the step is recorded
 * @param event   what happened, one record type per kind
 * @param after   the case as the step left it, this entry on its timeline: what a listener needs to tell of it without
 *                reading it again; null only in tests of a listener that does not need it
 */
public record CaseEventRecorded(CaseId caseId, long eventId, String reference, CaseType type, CaseStatus status,
                                String orderNumber, List<String> clauses, Instant at, CaseEvent event, CaseFile after) {

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
