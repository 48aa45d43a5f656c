package com.aftercare.cases;

import static com.aftercare.cases.CasesApiErrorsTest.conflict;
import static com.aftercare.cases.CasesApiErrorsTest.invalid;
import static com.aftercare.cases.CasesApiErrorsTest.problem;
import static com.aftercare.identity.Role.AGENT;
import static com.aftercare.identity.Role.TECHNICIAN;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The delivery-problem steps (DLV-1, DLV-3..DLV-6) asked the wrong way: the wrong role is a 403 that
 * changes nothing, the wrong moment in the case's life a 409 naming the status and the steps allowed
 * now, a bad field a 400 naming the field. Never a 500.
 */
@IntegrationTest
@DisplayName("Delivery steps API: wrong roles, wrong states and bad fields")
class DeliveryApiErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private CaseStoryFixture story;
    private CaseErrorsFixture calls;

    @BeforeEach
    void stage() {
        story = new CaseStoryFixture(mvc, tokens);
        calls = new CaseErrorsFixture(mvc, tokens);
    }

    /** The steps only delivery problems have, each with a body that would be valid and the one role that may take it. */
    enum Step {
        DAMAGE_REPORT("/damage-report", "{\"number\": \"YK-HT-1\", \"date\": \"{today}\"}", AGENT),
        PHOTO_REQUEST("/photo-requests", null, AGENT),
        EXAMINATION("/examination", "{\"customerCaused\": false}", TECHNICIAN),
        DECISION("/decision", "{\"upheld\": true}", AGENT),
        INVOICE_RESENT("/invoice-resent", null, AGENT);

        final String path;
        final String body;
        final Role allowed;

        Step(String path, String body, Role allowed) {
            this.path = path;
            this.body = body;
            this.allowed = allowed;
        }

        String body() {
            return body == null ? null : body.replace("{today}", LocalDate.now(TurkishCalendar.ZONE).toString());
        }
    }

    static Stream<Arguments> wrongRoles() {
        List<Arguments> rows = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Role role : EnumSet.complementOf(EnumSet.of(step.allowed))) {
                rows.add(Arguments.of(step, role));
            }
        }
        return rows.stream();
    }

    private ResultActions take(Step step, String caseId, Role role) {
        return calls.send(post("/api/v1/cases/{id}" + step.path, caseId), role, step.body());
    }

    private ResultActions take(String path, String caseId, Role role, String body) {
        return calls.send(post("/api/v1/cases/{id}" + path, caseId), role, body);
    }

    // --- cases in the states the tests need -------------------------------------------------------

    /** An order of a watch and a strap, delivered two days ago (or refused at the door then). */
    private String order() throws Exception {
        return story.putOrder("DLVERR", Payment.card("WORLD", 1), Instant.now().minus(2, DAYS),
                Line.watch("1", "SN-" + UUID.randomUUID(), "4250.00"), Line.strap("2", "99.95"));
    }

    private String open(String type, String atDelivery, String lineId) throws Exception {
        return story.openDelivery(type, order(), Instant.now().minus(1, HOURS), atDelivery, lineId).get("id").asString();
    }

    /** DLV-3 without the report yet: REQUESTED. */
    private String damagedAwaitingReport() throws Exception {
        return open("DAMAGED_ON_DELIVERY", "\"refusedAtDoor\": true", "1");
    }

    private int version(String caseId) throws Exception {
        return story.read(caseId).get("version").asInt();
    }

    // =============================================================================================

    @Nested
    @DisplayName("Wrong role: 403, nothing changed")
    class WrongRole {

        private static volatile String victim;

        /** A DLV-3 case waiting for its report, with its invoice missing: every delivery step but one has a state to refuse. */
        private synchronized String victim() throws Exception {
            if (victim == null) {
                victim = open("DAMAGED_ON_DELIVERY", "\"refusedAtDoor\": true, \"invoiceReceived\": false", "1");
            }
            return victim;
        }

        @ParameterizedTest(name = "{0} as {1}: 403")
        @MethodSource("com.aftercare.cases.DeliveryApiErrorsTest#wrongRoles")
        void forbidden(Step step, Role role) throws Exception {
            String id = victim();
            int before = version(id);

            problem(take(step, id, role), 403, "Forbidden")
                    .andExpect(jsonPath("$.detail", containsString("role")))
                    .andExpect(jsonPath("$.id").doesNotExist());

            JsonNode after = story.read(id);
            assertThat(after.get("version").asInt()).as("a refused call changes nothing").isEqualTo(before);
            assertThat(after.get("status").asString()).isEqualTo("REQUESTED");
            assertThat(after.get("delivery").get("damageReportNumber").isNull()).isTrue();
            assertThat(after.get("delivery").get("invoiceResentAt").isNull()).isTrue();
        }
    }

    @Nested
    @DisplayName("Wrong state: 409 naming the status and the steps allowed now, nothing changed")
    class WrongState {

        @Test
        @DisplayName("a damage report recorded twice")
        void damageReportTwice() throws Exception {
            String id = damagedAwaitingReport();
            String today = LocalDate.now(TurkishCalendar.ZONE).toString();
            story.post(201, AGENT, "/api/v1/cases/{id}/damage-report", "{\"number\": \"YK-HT-1\", \"date\": \"" + today + "\"}", id);
            int before = version(id);

            conflict(take("/damage-report", id, AGENT, "{\"number\": \"YK-HT-2\", \"date\": \"" + today + "\"}"),
                    "ACCEPTED", "RECORD_DAMAGE_REPORT", "ATTACH", "SHIP_REPLACEMENT");
            JsonNode after = story.read(id);
            assertThat(after.get("version").asInt()).isEqualTo(before);
            assertThat(after.get("delivery").get("damageReportNumber").asString()).isEqualTo("YK-HT-1");
        }

        @Test
        @DisplayName("a damage report on a case that is not DAMAGED_ON_DELIVERY")
        void damageReportOnAnotherType() throws Exception {
            String id = open("MISSING_ITEM", "\"notedOnDelivery\": false", "2");
            conflict(take(Step.DAMAGE_REPORT, id, AGENT), "REQUESTED", "RECORD_DAMAGE_REPORT", "ATTACH", "CANCEL", "DECIDE");
        }

        @Test
        @DisplayName("a photo request on a case that is not DEFECT_AFTER_DELIVERY")
        void photoRequestOnAnotherType() throws Exception {
            String id = damagedAwaitingReport();
            conflict(take(Step.PHOTO_REQUEST, id, AGENT), "REQUESTED", "REQUEST_PHOTOS", "ATTACH", "CANCEL", "RECORD_DAMAGE_REPORT");
            assertThat(story.read(id).get("delivery").get("photoRequests").asInt()).isZero();
        }

        @Test
        @DisplayName("an examination recorded twice")
        void examinationTwice() throws Exception {
            String id = open("DEFECT_AFTER_DELIVERY", "", "1");
            story.post(201, TECHNICIAN, "/api/v1/cases/{id}/examination", "{\"customerCaused\": false}", id);
            int before = version(id);

            conflict(take("/examination", id, TECHNICIAN, "{\"customerCaused\": true}"),
                    "ACCEPTED", "EXAMINE", "ARRANGE_RETURN_SHIPMENT", "ATTACH", "RECORD_RECEIPT");
            JsonNode after = story.read(id);
            assertThat(after.get("version").asInt()).isEqualTo(before);
            assertThat(after.get("delivery").get("customerCaused").asBoolean()).isFalse();
            assertThat(after.get("status").asString()).isEqualTo("ACCEPTED");
        }

        @Test
        @DisplayName("an examination on a case that is not DEFECT_AFTER_DELIVERY")
        void examinationOnAnotherType() throws Exception {
            String id = open("WRONG_ITEM", "\"refusedAtDoor\": false", "1");
            conflict(take(Step.EXAMINATION, id, TECHNICIAN), "REQUESTED", "EXAMINE", "ATTACH", "CANCEL", "DECIDE");
        }

        @Test
        @DisplayName("an investigation's decision on a DAMAGED_ON_DELIVERY case (its proof is the carrier's report)")
        void decisionOnDamagedCase() throws Exception {
            String id = damagedAwaitingReport();
            conflict(take(Step.DECISION, id, AGENT), "REQUESTED", "DECIDE", "ATTACH", "CANCEL", "RECORD_DAMAGE_REPORT");
            assertThat(story.read(id).get("delivery").get("investigation").isNull()).isTrue();
        }

        @Test
        @DisplayName("an investigation's decision taken twice")
        void decisionTwice() throws Exception {
            String id = open("MISSING_ITEM", "\"notedOnDelivery\": false", "2");
            story.post(201, AGENT, "/api/v1/cases/{id}/decision", "{\"upheld\": false}", id);
            conflict(take("/decision", id, AGENT, "{\"upheld\": true}"), "REJECTED", "DECIDE", "ATTACH");
            assertThat(story.read(id).get("status").asString()).isEqualTo("REJECTED");
        }

        @Test
        @DisplayName("the invoice resent when it came with the goods")
        void invoiceResentWhenItCame() throws Exception {
            String id = open("MISSING_ITEM", "\"notedOnDelivery\": true", "2");
            conflict(take(Step.INVOICE_RESENT, id, AGENT), "ACCEPTED", "RESEND_INVOICE", "ATTACH", "SHIP_REPLACEMENT");
            assertThat(story.read(id).get("delivery").get("invoiceResentAt").isNull()).isTrue();
        }

        @Test
        @DisplayName("the replacement of a DLV-3 case before its damage report")
        void replacementBeforeTheReport() throws Exception {
            String id = damagedAwaitingReport();
            conflict(take("/replacement", id, AGENT, "{\"carrier\": \"Aras Kargo\", \"serialNumbers\": [\"SN-" + UUID.randomUUID() + "\"]}"),
                    "REQUESTED", "SHIP_REPLACEMENT", "ATTACH", "CANCEL", "RECORD_DAMAGE_REPORT");
        }
    }

    @Nested
    @DisplayName("Bad fields: 400 naming the field, nothing changed")
    class BadFields {

        @Test
        @DisplayName("a damage report without its number, without its date, or with neither")
        void damageReportIncomplete() throws Exception {
            String id = damagedAwaitingReport();
            String today = LocalDate.now(TurkishCalendar.ZONE).toString();
            invalid(take("/damage-report", id, AGENT, "{\"date\": \"" + today + "\"}"), "number");
            invalid(take("/damage-report", id, AGENT, "{\"number\": \"   \", \"date\": \"" + today + "\"}"), "number");
            invalid(take("/damage-report", id, AGENT, "{\"number\": \"YK-HT-1\"}"), "date");
            invalid(take("/damage-report", id, AGENT, "{}"), "number", "date");
            assertThat(story.read(id).get("status").asString()).isEqualTo("REQUESTED");
        }

        @Test
        @DisplayName("a damage report dated in the future, or long before the delivery attempt")
        void damageReportDateOutOfRange() throws Exception {
            String id = damagedAwaitingReport();
            LocalDate today = LocalDate.now(TurkishCalendar.ZONE);
            invalid(take("/damage-report", id, AGENT, "{\"number\": \"YK-HT-1\", \"date\": \"" + today.plusDays(1) + "\"}"), "date");
            invalid(take("/damage-report", id, AGENT, "{\"number\": \"YK-HT-1\", \"date\": \"" + today.minusDays(30) + "\"}"), "date");
            JsonNode after = story.read(id);
            assertThat(after.get("status").asString()).isEqualTo("REQUESTED");
            assertThat(after.get("delivery").get("damageReportDate").isNull()).isTrue();
        }

        @Test
        @DisplayName("a case opened with a damage report dated in the future, or without its number")
        void openedWithABadDamageReport() throws Exception {
            LocalDate tomorrow = LocalDate.now(TurkishCalendar.ZONE).plusDays(1);
            String future = CaseStoryFixture.deliveryCase("DAMAGED_ON_DELIVERY", order(), null, """
                    "refusedAtDoor": true, "damageReport": {"number": "YK-HT-1", "date": "%s"}""".formatted(tomorrow), "1");
            invalid(calls.send(post("/api/v1/cases"), AGENT, future), "damageReport.date");
            String noNumber = CaseStoryFixture.deliveryCase("DAMAGED_ON_DELIVERY", order(), null, """
                    "refusedAtDoor": true, "damageReport": {"date": "%s"}""".formatted(tomorrow.minusDays(1)), "1");
            invalid(calls.send(post("/api/v1/cases"), AGENT, noNumber), "damageReport.number");
        }

        @Test
        @DisplayName("an examination without its finding (customerCaused)")
        void examinationWithoutFinding() throws Exception {
            String id = open("DEFECT_AFTER_DELIVERY", "", "1");
            invalid(take("/examination", id, TECHNICIAN, "{\"notes\": \"Looked at it\"}"), "customerCaused");
            invalid(take("/examination", id, TECHNICIAN, "{\"customerCaused\": null}"), "customerCaused");
            assertThat(story.read(id).get("status").asString()).isEqualTo("AWAITING_PHOTOS");
        }

        @Test
        @DisplayName("a decision without its finding (upheld)")
        void decisionWithoutFinding() throws Exception {
            String id = open("WRONG_ITEM", "\"refusedAtDoor\": false", "1");
            invalid(take("/decision", id, AGENT, "{\"note\": \"Checked the parcel\"}"), "upheld");
            assertThat(story.read(id).get("status").asString()).isEqualTo("REQUESTED");
        }
    }

    @Test
    @DisplayName("every delivery step on a case that does not exist: 404 naming it")
    void unknownCase() throws Exception {
        String unknown = UUID.randomUUID().toString();
        for (Step step : Step.values()) {
            problem(take(step, unknown, step.allowed), 404, "Not found").andExpect(jsonPath("$.detail", containsString(unknown)));
        }
    }
}
