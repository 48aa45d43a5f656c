package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.WarrantyFixture.serial;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The warranty steps refuse bad input with a 400 naming the field, and a step the case's state does not allow
 * with a 409 naming the status and the steps allowed now; a refused step records nothing.
 */
@IntegrationTest
@DisplayName("Warranty API errors")
class WarrantyApiErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private CaseStoryFixture story;
    private WarrantyFixture warranty;

    @BeforeEach
    void stage() {
        story = new CaseStoryFixture(mvc, tokens);
        warranty = new WarrantyFixture(story);
    }

    private String freshCase() throws Exception {
        String unit = serial();
        String order = warranty.deliveredWatch("WERR", Instant.now().minus(30, DAYS), unit, "1999.00", false);
        return warranty.open(order, unit, "STOPS", "WEB", Instant.now().minus(1, HOURS)).get("id").asString();
    }

    /** A 400 whose errors name {@code field}; answers the problem. */
    private static JsonNode invalid(MvcResult result, String field) throws Exception {
        JsonNode problem = expect(400, result);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(fields(problem)).as(problem.toString()).contains(field);
        return problem;
    }

    /** A body Jackson cannot read (an unknown enum value): a 400 whose detail names the field. */
    private static JsonNode malformed(MvcResult result, String field) throws Exception {
        JsonNode problem = expect(400, result);
        assertThat(problem.get("detail").asString()).contains("'" + field + "'");
        return problem;
    }

    /** A 409 naming the case's status and what is allowed instead. */
    private JsonNode conflict(MvcResult result, String id, String status) throws Exception {
        JsonNode problem = expect(409, result);
        assertThat(problem.get("detail").asString()).contains("is " + status).contains("Allowed now:");
        assertThat(story.read(id).get("status").asString()).isEqualTo(status);
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        if (problem.has("errors")) {
            problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        }
        return fields;
    }

    @Nested
    @DisplayName("bad fields (400)")
    class BadFields {

        @Test
        @DisplayName("a diagnosis names a cause or says no fault was found")
        void diagnosisWithoutCause() throws Exception {
            String id = freshCase();
            invalid(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis", "{}", id), "cause");
            invalid(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis", "{\"noFaultFound\": false}", id), "cause");
            JsonNode unknownCause = malformed(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis",
                    "{\"cause\": \"GREMLINS\"}", id), "cause");
            assertThat(unknownCause.get("detail").asString()).contains("MATERIAL", "WATER_CONTACT");
            assertThat(story.read(id).get("status").asString()).isEqualTo("REQUESTED");
        }

        @Test
        @DisplayName("a diagnosis cannot both name a cause and find no fault")
        void causeAndNoFault() throws Exception {
            String id = freshCase();
            invalid(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis",
                    "{\"cause\": \"MATERIAL\", \"noFaultFound\": true}", id), "noFaultFound");
            assertThat(story.read(id).get("status").asString()).isEqualTo("REQUESTED");
        }

        @Test
        @DisplayName("RET-5 evidence must be a photo or video attached to the case, not any id")
        void evidenceMustBeAttached() throws Exception {
            String id = freshCase();
            JsonNode problem = invalid(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis",
                    "{\"noFaultFound\": true, \"evidence\": [\"" + UUID.randomUUID() + "\"]}", id), "evidence[0]");
            assertThat(problem.get("errors").get(0).get("message").asString()).contains("photo or video");
            JsonNode unchanged = story.read(id);
            assertThat(unchanged.get("status").asString()).isEqualTo("REQUESTED");
            assertThat(unchanged.get("inspections")).isEmpty();
        }

        @Test
        @DisplayName("finishing a repair names its outcome, FIXED or NOT_REPAIRABLE")
        void finishWithoutOutcome() throws Exception {
            String id = freshCase();
            warranty.diagnose(id, "MATERIAL");
            warranty.startRepair(id);
            invalid(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/repair/finish", "{\"workDone\": \"Cleaned\"}", id), "outcome");
            malformed(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/repair/finish", "{\"outcome\": \"MOSTLY\"}", id), "outcome");
            assertThat(story.read(id).get("status").asString()).isEqualTo("IN_REPAIR");
        }

        @Test
        @DisplayName("not repairable is said with the service's report (WAR-8 g): without it, a 409 and nothing recorded")
        void notRepairableNeedsTheServiceReport() throws Exception {
            String id = freshCase();
            warranty.diagnose(id, "MATERIAL");
            warranty.startRepair(id);
            JsonNode refused = conflict(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/repair/finish",
                    "{\"outcome\": \"NOT_REPAIRABLE\"}", id), id, "IN_REPAIR");
            assertThat(refused.get("detail").asString()).contains("SERVICE_REPORT");
            assertThat(story.read(id).get("status").asString()).isEqualTo("IN_REPAIR");
        }

        @Test
        @DisplayName("a quote has an amount, not negative")
        void quoteAmount() throws Exception {
            String id = freshCase();
            warranty.diagnose(id, "NORMAL_WEAR");
            invalid(story.call(Role.AGENT, null, "/api/v1/cases/{id}/quote", "{}", id), "amount");
            expect(400, story.call(Role.AGENT, null, "/api/v1/cases/{id}/quote",
                    "{\"amount\": {\"amount\": \"-10.00\", \"currency\": \"TRY\"}}", id));
            JsonNode unchanged = story.read(id);
            assertThat(unchanged.get("status").asString()).isEqualTo("REFUSED");
            assertThat(unchanged.get("warranty").get("quote").isNull()).isTrue();
        }

        @Test
        @DisplayName("a remedy is REPLACEMENT, REFUND or DISCOUNT")
        void unknownRemedy() throws Exception {
            String id = freshCase();
            malformed(story.call(Role.AGENT, null, "/api/v1/cases/{id}/remedy", "{\"choice\": \"STORE_CREDIT\"}", id), "choice");
            invalid(story.call(Role.AGENT, null, "/api/v1/cases/{id}/remedy", "{}", id), "choice");
        }
    }

    @Nested
    @DisplayName("opening a WARRANTY case (400)")
    class Opening {

        @Test
        @DisplayName("for a strap line, for two lines, or for a serial not on the line: items")
        void oneWatchOnly() throws Exception {
            String watch = serial();
            String order = story.putOrder("WERR", Payment.card("WORLD", 1), Instant.now().minus(20, DAYS),
                    Line.watch("1", watch, "1999.00"), Line.strap("2", "250.00"));
            String strap = """
                    {"type": "WARRANTY", "orderNumber": "%s", "items": [{"lineId": "2"}], "channel": "PHONE", "faultCode": "TORN"}"""
                    .formatted(order);
            invalid(story.call(Role.AGENT, "/api/v1/cases", strap), "items");
            String twoLines = """
                    {"type": "WARRANTY", "orderNumber": "%s", "items": [{"lineId": "1", "serialNumbers": ["%s"]}, {"lineId": "2"}],
                     "channel": "PHONE", "faultCode": "STOPS"}""".formatted(order, watch);
            invalid(story.call(Role.AGENT, "/api/v1/cases", twoLines), "items");
            invalid(story.call(Role.AGENT, "/api/v1/cases", WarrantyFixture.openBody(order, serial(), "STOPS", "PHONE",
                    Instant.now().minus(1, HOURS))), "items[0].serialNumbers");
        }

        @Test
        @DisplayName("without a fault code, or for an order not delivered yet")
        void faultCodeAndDelivery() throws Exception {
            String unit = serial();
            String order = warranty.deliveredWatch("WERR", Instant.now().minus(20, DAYS), unit, "1999.00", false);
            invalid(story.call(Role.AGENT, "/api/v1/cases",
                    WarrantyFixture.openBody(order, unit, "", "PHONE", Instant.now().minus(1, HOURS))), "faultCode");
            String pending = serial();
            String undelivered = story.putOrder("WERR", Payment.card("WORLD", 1), null, Line.watch("1", pending, "1999.00"));
            invalid(story.call(Role.AGENT, "/api/v1/cases",
                    WarrantyFixture.openBody(undelivered, pending, "STOPS", "PHONE", Instant.now().minus(1, HOURS))), "orderNumber");
        }
    }

    @Nested
    @DisplayName("steps the state does not allow (409)")
    class WrongState {

        @Test
        @DisplayName("a second open case for the same unit is refused: its fault would count twice (WAR-8)")
        void oneOpenCasePerUnit() throws Exception {
            String unit = serial();
            String order = warranty.deliveredWatch("WERR", Instant.now().minus(30, DAYS), unit, "1999.00", false);
            String first = warranty.open(order, unit, "STOPS", "PHONE", Instant.now().minus(2, HOURS)).get("reference").asString();
            JsonNode refused = expect(409, story.call(Role.AGENT, "/api/v1/cases",
                    WarrantyFixture.openBody(order, unit, "STOPS", "EMAIL", Instant.now().minus(1, HOURS))));
            assertThat(refused.get("detail").asString()).contains(first).contains(unit);
        }

        @ParameterizedTest(name = "{0} on a case just opened")
        @CsvSource({
                "repair/start, TECHNICIAN, ",
                "repair/finish, TECHNICIAN, '{\"outcome\": \"FIXED\"}'",
                "quote, AGENT, '{\"amount\": {\"amount\": \"100.00\", \"currency\": \"TRY\"}}'",
                "quote/answer, AGENT, '{\"accepted\": true}'",
                "unusable-confirmation, AGENT, '{\"confirmed\": true}'",
                "loaner/return, AGENT, "})
        void beforeTheDiagnosis(String step, Role role, String body) throws Exception {
            String id = freshCase();
            conflict(story.call(role, null, "/api/v1/cases/{id}/" + step, body, id), id, "REQUESTED");
        }

        @Test
        @DisplayName("finishing a repair never started, quoting a covered fault, diagnosing twice")
        void afterACoveredDiagnosis() throws Exception {
            String id = freshCase();
            warranty.diagnose(id, "ASSEMBLY");
            JsonNode finish = conflict(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/repair/finish", "{\"outcome\": \"FIXED\"}", id),
                    id, "ACCEPTED");
            assertThat(finish.get("detail").asString()).contains("FINISH_REPAIR").contains("START_REPAIR");
            conflict(story.call(Role.AGENT, null, "/api/v1/cases/{id}/quote",
                    "{\"amount\": {\"amount\": \"100.00\", \"currency\": \"TRY\"}}", id), id, "ACCEPTED");
            conflict(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis", "{\"cause\": \"MATERIAL\"}", id), id, "ACCEPTED");
            JsonNode after = story.read(id);
            assertThat(after.get("inspections")).hasSize(1);
            assertThat(after.get("warranty").get("cause").asString()).isEqualTo("ASSEMBLY");
        }

        @Test
        @DisplayName("answering a quote never made, quoting twice")
        void quoteSteps() throws Exception {
            String id = freshCase();
            warranty.diagnose(id, "BATTERY_LIFE");
            JsonNode answer = conflict(story.call(Role.AGENT, null, "/api/v1/cases/{id}/quote/answer", "{\"accepted\": true}", id),
                    id, "REFUSED");
            assertThat(answer.get("detail").asString()).contains("ANSWER_QUOTE").contains("QUOTE");
            story.post(201, Role.AGENT, "/api/v1/cases/{id}/quote", "{\"amount\": {\"amount\": \"300.00\", \"currency\": \"TRY\"}}", id);
            story.post(200, Role.AGENT, "/api/v1/cases/{id}/quote/answer", "{\"accepted\": false}", id);
            conflict(story.call(Role.AGENT, null, "/api/v1/cases/{id}/quote",
                    "{\"amount\": {\"amount\": \"250.00\", \"currency\": \"TRY\"}}", id), id, "REFUSED");
        }

        @Test
        @DisplayName("no repair, remedy or loaner on a case refused outside the warranty")
        void outsideTheWarranty() throws Exception {
            String unit = serial();
            String order = warranty.deliveredWatch("WERR", Instant.now().minus(800, DAYS), unit, "1999.00", false);
            String id = warranty.open(order, unit, "STOPS", "PHONE", Instant.now().minus(1, HOURS)).get("id").asString();
            conflict(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/diagnosis", "{\"cause\": \"MATERIAL\"}", id), id, "REJECTED");
            conflict(story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/repair/start", null, id), id, "REJECTED");
            conflict(story.call(Role.AGENT, null, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"ANY-1\"}", id), id, "REJECTED");
        }
    }
}
