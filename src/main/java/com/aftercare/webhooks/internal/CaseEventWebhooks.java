package com.aftercare.webhooks.internal;

import com.aftercare.cases.CaseEventRecorded;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each committed case event into one delivery per interested endpoint. It runs after the step's commit in a
 * transaction of its own, and the event publication registry keeps the event until this has committed too: a crash
 * in between loses nothing (the event is handed over again on restart), and the handing over again adds nothing
 * (one delivery per endpoint and event). Sending is the dispatcher's, never this transaction's.
 */
@Component
public class CaseEventWebhooks {

    private final Deliveries deliveries;
    private final CaseEventPayload payloads;
    private final Clock clock;

    CaseEventWebhooks(Deliveries deliveries, CaseEventPayload payloads, Clock clock) {
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseEventRecorded event) {
        enqueue(event);
    }

    /** What the listener does, callable directly: the deliveries this event adds (0 for an event seen before). */
    public int enqueue(CaseEventRecorded event) {
        return deliveries.enqueue(new Deliveries.Event(event.eventId(), event.caseId().value(), event.kind(), payloads.of(event)),
                clock.instant());
    }
}
