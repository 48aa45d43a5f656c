package com.aftercare.webhooks;

import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.SampleEvents;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Case events made up by a test, of a kind no real step records, so that only the test's own webhook (registered
 * for that kind) gets deliveries of them. Their ids lie far above the ids the database hands out.
 */
final class SyntheticEvents {

    private static final AtomicLong NEXT_ID = new AtomicLong(4_000_000_000_000L + (System.nanoTime() & 0xFFFFFFFL) * 1000);

    private SyntheticEvents() {
    }

    /** The first of {@code count} consecutive event ids reserved for one test. */
    static long reserve(int count) {
        return NEXT_ID.getAndAdd(count);
    }

    static CaseEventRecorded of(UUID caseId, long eventId, String kind, Instant at) {
        return new CaseEventRecorded(new CaseId(caseId), eventId, "R-" + eventId, CaseType.RETURN, CaseStatus.REQUESTED, "ORDER-" + caseId,
                List.of(), at, SampleEvents.of(CaseEventKind.valueOf(kind)), null);
    }
}
