package com.aftercare.cases.core;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.CaseId;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.cases.CaseStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Finds the case a step is about and records the step: moves the case under its version, writes the timeline entry and publishes the
 * event, with the case as the step left it, to the listeners that queue the step's mail and webhooks in its transaction.
 */
@Component
public class CaseJournal {

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final ApplicationEventPublisher events;

    CaseJournal(CaseRepository cases, CaseLifecycle lifecycle, ApplicationEventPublisher events) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    /** A 409 for a step the state allows, but not for this item or shipment: why, the status and what is allowed now. */
    public ConflictException conflict(CaseFile file, String why) {
        return lifecycle.conflict(file, why);
    }

    /** The case a step is about, if its state allows the step: 404 for no such case, 409 with what is allowed instead. */
    public CaseAggregate caseFor(CaseId id, CaseAction action) {
        CaseFile file = cases.load(id).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
        lifecycle.require(file, action);
        return new CaseAggregate(cases, file);
    }

    /** A case read outside a person's step (a clock), or just created, to be changed and recorded on. */
    public CaseAggregate adopt(CaseFile file) {
        return new CaseAggregate(cases, file);
    }

    /** Moves the case under its version and writes what happened to its timeline. */
    public void record(CaseAggregate aCase, CaseStatus status, StoredVerdict decision, Instant at, String actor,
            List<String> clauses, CaseEvent event) {
        aCase.advance(status, decision, at);
        entry(aCase, status, at, actor, clauses, event);
    }

    /** A timeline entry without a change of state (the case was just created, or an attachment added). */
    public void note(CaseAggregate aCase, Instant at, String actor, List<String> clauses, CaseEvent event) {
        entry(aCase, aCase.current().status(), at, actor, clauses, event);
    }

    private void entry(CaseAggregate aCase, CaseStatus status, Instant at, String actor, List<String> clauses, CaseEvent event) {
        CaseFile file = aCase.current();
        long eventId = cases.appendEvent(file.id(), at, actor, event.kind().name(), clauses, event.details());
        aCase.appended(new CaseFile.Event(eventId, at, actor, event.kind(), List.copyOf(clauses), event.details()));
        events.publishEvent(new CaseEventRecorded(file.id(), eventId, file.reference(), file.type(), status,
                file.orderNumber(), clauses, at, event, aCase.current()));
    }
}
