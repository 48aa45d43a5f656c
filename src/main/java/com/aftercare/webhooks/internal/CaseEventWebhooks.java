package com.aftercare.webhooks.internal;

import com.aftercare.cases.CaseEventRecorded;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each case event into one delivery per interested endpoint, in the step's own transaction (an outbox row,
 * built from the event alone): a delivery exists exactly when its step committed, and the deliveries of one case
 * are written in the order of its events, so the dispatcher's per-case order covers every one of them (an
 * after-commit listener could write event N+1's before event N's). A second hand-over of an event adds nothing
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

    @EventListener
    void on(CaseEventRecorded event) {
        enqueue(event);
    }

    /** What the listener does, callable directly: the deliveries this event adds (0 for an event seen before). */
    public int enqueue(CaseEventRecorded event) {
        return deliveries.enqueue(new Deliveries.Event(event.eventId(), event.caseId().value(), event.kind().name(), payloads.of(event)),
                clock.instant());
    }
}
