package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.CaseStoryFixture.moment;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The warranty stage, on top of {@link CaseStoryFixture}: a delivered watch with its serial number, a fault
 * notified for it (WAR-6), the technical service's steps, and the unit's ledger (API.md "Units and warranty").
 * Deadlines are computed with the official calendar, never typed in.
 */
final class WarrantyFixture {

    static final TurkishCalendar CALENDAR = TurkishCalendar.official();

    private final CaseStoryFixture story;

    WarrantyFixture(CaseStoryFixture story) {
        this.story = story;
    }

    static String serial() {
        return "WSN-" + UUID.randomUUID().toString().substring(0, 18);
    }

    /** An order of one watch, paid by card in one go, delivered at {@code deliveredAt}; answers its number. */
    String deliveredWatch(String prefix, Instant deliveredAt, String serial, String price, boolean waterproof) throws Exception {
        Line watch = Line.watch("1", serial, price);
        return story.putOrder(prefix, Payment.card("WORLD", 1), deliveredAt, waterproof ? watch.waterproofed() : watch);
    }

    /** An agent opens a WARRANTY case for the watch on line 1 (201 expected). */
    JsonNode open(String order, String serial, String faultCode, String channel, Instant notifiedAt) throws Exception {
        return story.post(201, Role.AGENT, "/api/v1/cases", openBody(order, serial, faultCode, channel, notifiedAt));
    }

    static String openBody(String order, String serial, String faultCode, String channel, Instant notifiedAt) {
        return """
                {"type": "WARRANTY", "orderNumber": "%s", "items": [{"lineId": "1", "serialNumbers": ["%s"]}],
                 "channel": "%s", "requestedAt": "%s", "faultCode": "%s",
                 "faultDescription": "The watch stops overnight although it is worn every day"}"""
                .formatted(order, serial, channel, moment(notifiedAt), faultCode);
    }

    /** The technician's diagnosis naming a cause (201 expected). */
    JsonNode diagnose(String caseId, String cause) throws Exception {
        return story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/diagnosis",
                "{\"cause\": \"" + cause + "\", \"notes\": \"Bench test\"}", caseId);
    }

    JsonNode startRepair(String caseId) throws Exception {
        return story.post(200, Role.TECHNICIAN, "/api/v1/cases/{id}/repair/start", null, caseId);
    }

    JsonNode finishRepair(String caseId, String outcome) throws Exception {
        if (outcome.equals("NOT_REPAIRABLE")) {
            story.attachServiceReport(caseId);
        }
        return story.post(200, Role.TECHNICIAN, "/api/v1/cases/{id}/repair/finish",
                "{\"outcome\": \"" + outcome + "\", \"workDone\": \"Mainspring and barrel replaced\"}", caseId);
    }

    JsonNode sendBack(String caseId) throws Exception {
        return story.post(201, Role.AGENT, "/api/v1/cases/{id}/send-back", "{\"carrier\": \"Yurtiçi Kargo\"}", caseId);
    }

    /** The unit's warranty ledger, read by an agent (200 expected). */
    JsonNode ledger(String serial) throws Exception {
        return expect(200, story.getAs(Role.AGENT, "/api/v1/units/{serial}/warranty", serial));
    }

    static LocalDate istanbulDay(Instant instant) {
        return instant.atZone(TurkishCalendar.ZONE).toLocalDate();
    }

    /** The last second of {@code day} in Istanbul, as the API shows a clock's due moment. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(TurkishCalendar.ZONE).toInstant().minusSeconds(1);
    }

    /** WAR-4's due moment for a fault notified at {@code notifiedAt}: the end of the 20th working day. */
    static Instant repairDue(Instant notifiedAt) {
        return endOf(CALENDAR.addWorkingDays(istanbulDay(notifiedAt), 20));
    }

    /** WAR-5's due moment: the end of the 10th working day. */
    static Instant loanerDue(Instant notifiedAt) {
        return endOf(CALENDAR.addWorkingDays(istanbulDay(notifiedAt), 10));
    }
}
