package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.WarrantyFixture.istanbulDay;
import static com.aftercare.cases.WarrantyFixture.serial;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/units/{serialNumber}/warranty} (API.md "Units and warranty"): its shape, its 404s and its roles. */
@IntegrationTest
@DisplayName("The unit ledger API")
class UnitLedgerApiTest {

    private static final String PATH = "/api/v1/units/{serial}/warranty";

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

    @Test
    @DisplayName("has the contract's shape: dates, days in repair, faults with their cases, entitlement with its clauses")
    void shape() throws Exception {
        Instant deliveredAt = Instant.now().minus(40, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String unit = serial();
        String order = warranty.deliveredWatch("WLEDGER", deliveredAt, unit, "2890.00", false);
        Instant calledAt = Instant.now().minus(3, HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = warranty.open(order, unit, "CROWN", "FAX", calledAt).get("id").asString();

        LocalDate before = istanbulDay(Instant.now());
        JsonNode ledger = warranty.ledger(unit);
        LocalDate after = istanbulDay(Instant.now());

        List<String> fields = new ArrayList<>();
        ledger.propertyNames().forEach(fields::add);
        assertThat(fields).contains("serialNumber", "orderNumber", "startsOn", "baseEndsOn", "daysInRepair", "endsOn",
                "faults", "entitlement");
        assertThat(ledger.get("serialNumber").asString()).isEqualTo(unit);
        assertThat(ledger.get("orderNumber").asString()).isEqualTo(order);
        LocalDate deliveredOn = istanbulDay(deliveredAt);
        assertThat(LocalDate.parse(ledger.get("startsOn").asString())).isEqualTo(deliveredOn);
        assertThat(LocalDate.parse(ledger.get("baseEndsOn").asString())).isEqualTo(deliveredOn.plusMonths(24));
        assertThat(ledger.get("daysInRepair").isIntegralNumber()).isTrue();
        // LAW-3: the open fault keeps the customer without the watch from the day of the call to today, both counted
        // (WAR-3 alone would count nothing before the repair starts). Today as the service saw it, at either side.
        long days = ledger.get("daysInRepair").asLong();
        assertThat(days).isBetween(ChronoUnit.DAYS.between(istanbulDay(calledAt), before) + 1,
                ChronoUnit.DAYS.between(istanbulDay(calledAt), after) + 1);
        assertThat(LocalDate.parse(ledger.get("endsOn").asString())).isEqualTo(deliveredOn.plusMonths(24).plusDays(days));

        assertThat(ledger.get("faults")).hasSize(1);
        JsonNode fault = ledger.get("faults").get(0);
        assertThat(fault.get("faultCode").asString()).isEqualTo("CROWN");
        assertThat(fault.get("caseId").asString()).isEqualTo(id);
        assertThat(fault.get("notifiedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+03:00");
        assertThat(instantOf(fault.get("notifiedAt"))).isEqualTo(calledAt);

        JsonNode entitlement = ledger.get("entitlement");
        assertThat(entitlement.get("entitled").isBoolean()).isTrue();
        assertThat(entitlement.get("entitled").asBoolean()).isFalse();
        assertThat(entitlement.get("pendingConfirmation").asBoolean()).isFalse();
        assertThat(clauseIds(entitlement.get("clauses"))).containsExactly("WAR-8");
        assertThat(entitlement.get("clauses").get(0).get("text").asString()).isNotBlank();
        // Not waterproof: no care notes (CARE-1 is for waterproof watches).
        assertThat(ledger.get("careNotes")).isEmpty();
        assertThat(clauseIds(ledger.get("clauses"))).containsExactlyInAnyOrder("WAR-1", "WAR-2", "WAR-3", "LAW-3");
    }

    @Test
    @DisplayName("cites its clauses in the caller's language")
    void inTurkish() throws Exception {
        String unit = serial();
        warranty.deliveredWatch("WLEDGER", Instant.now().minus(10, DAYS), unit, "2890.00", true);
        JsonNode english = warranty.ledger(unit);
        JsonNode turkish = expect(200, mvc.perform(get(PATH, unit).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.TECHNICIAN))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "tr")).andReturn());
        assertThat(clauseIds(turkish.get("careNotes"))).containsExactly("CARE-1");
        assertThat(turkish.get("careNotes").get(0).get("text").asString())
                .isNotEqualTo(english.get("careNotes").get(0).get("text").asString());
    }

    @Test
    @DisplayName("404 for a serial no order sold, for a unit not delivered yet, and for a malformed serial")
    void notFound() throws Exception {
        expect(404, story.getAs(Role.AGENT, PATH, serial()));
        String undelivered = serial();
        story.putOrder("WLEDGER", Payment.card("WORLD", 1), null, Line.watch("1", undelivered, "2890.00"));
        JsonNode problem = expect(404, story.getAs(Role.AGENT, PATH, undelivered));
        assertThat(problem.get("detail").asString()).contains(undelivered);
        expect(404, story.getAs(Role.AGENT, PATH, "no such serial"));
    }

    @Test
    @DisplayName("staff read it; the shop's integration user cannot (403); no token is a 401")
    void roles() throws Exception {
        String unit = serial();
        warranty.deliveredWatch("WLEDGER", Instant.now().minus(10, DAYS), unit, "2890.00", false);
        for (Role staff : List.of(Role.AGENT, Role.TECHNICIAN, Role.FINANCE)) {
            expect(200, story.getAs(staff, PATH, unit));
        }
        expect(403, story.getAs(Role.INTEGRATION, PATH, unit));
        assertThat(mvc.perform(get(PATH, unit)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
