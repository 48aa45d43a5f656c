package com.aftercare.cases;

import java.time.Instant;
import java.util.List;

/**
 * Something happened on a case: published with the step's transaction and delivered after commit
 * (notifications and webhooks listen to it).
 */
public record CaseEventRecorded(CaseId caseId, String reference, CaseType type, String orderNumber, String kind,
                                List<String> clauses, Instant at) {
}
