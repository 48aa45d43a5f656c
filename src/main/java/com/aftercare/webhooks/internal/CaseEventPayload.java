package com.aftercare.webhooks.internal;

import com.aftercare.cases.CaseEventRecorded;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body a receiver gets for a case event (README, "Webhooks"): {@code id} (the event's id, the same for every
 * endpoint and every attempt: a receiver drops a repeat by it), {@code type} ({@code case.} and the kind in lower case,
 * e.g. {@code case.refund_issued}; {@code CASE_OPENED} is {@code case.opened}), {@code occurredAt} in the store's zone,
 * the {@code case} it is about, and the timeline entry's {@code kind}, {@code clauses} and {@code details}.
 */
@Component
class CaseEventPayload {

    /** Moments as the API writes them: the store's offset, to the second (API.md, "Conventions"). */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final JsonMapper json;
    private final Clock clock;

    CaseEventPayload(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    static String typeOf(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        return "case." + (lower.startsWith("case_") ? lower.substring("case_".length()) : lower);
    }

    String of(CaseEventRecorded event) {
        Map<String, Object> theCase = new LinkedHashMap<>();
        theCase.put("id", event.caseId().value().toString());
        theCase.put("reference", event.reference());
        theCase.put("type", event.type() == null ? null : event.type().name());
        theCase.put("status", event.status() == null ? null : event.status().name());
        theCase.put("orderNumber", event.orderNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.eventId());
        body.put("type", typeOf(event.kind().name()));
        body.put("occurredAt", MOMENT.format(event.at().truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone())));
        body.put("case", theCase);
        body.put("kind", event.kind().name());
        body.put("clauses", event.clauses());
        body.put("details", new TreeMap<>(event.details()));
        return json.writeValueAsString(body);
    }
}
