package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * DLV-1 through the real API and database: the customer checks that the goods come with an invoice
 * and reports a missing one; the store sends it again, once, and says so on the case.
 */
@IntegrationTest
@DisplayName("DLV-1: an invoice missing from the delivery is sent again")
class Dlv1InvoiceResentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private CaseStoryFixture story;

    @BeforeEach
    void stage() {
        story = new CaseStoryFixture(mvc, tokens);
    }

    @Test
    @DisplayName("reported with the problem: the decision cites DLV-1 and RESEND_INVOICE is allowed; once resent, an INVOICE_RESENT event and no second resend")
    void missingInvoiceIsResentOnce() throws Exception {
        String order = story.putOrder("DLV1", Payment.card("WORLD", 1), Instant.now().minus(2, DAYS),
                Line.watch("1", serial(), "4250.00"), Line.strap("2", "99.95"));
        JsonNode opened = story.openDelivery("MISSING_ITEM", order, Instant.now().minus(1, HOURS), """
                "notedOnDelivery": true, "invoiceReceived": false""", "2");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactlyInAnyOrder("DLV-5", "DLV-1");
        assertThat(opened.get("delivery").get("invoiceReceived").asBoolean()).isFalse();
        assertThat(opened.get("delivery").get("invoiceResentAt").isNull()).isTrue();
        JsonNode openedEvent = opened.get("timeline").get(0);
        assertThat(clauseIds(openedEvent.get("clauses"))).contains("DLV-1");
        assertThat(openedEvent.get("details").get("invoiceMissing").asBoolean()).isTrue();
        assertThat(strings(opened.get("allowedActions"))).contains("RESEND_INVOICE", "SHIP_REPLACEMENT");

        JsonNode resent = story.post(201, Role.AGENT, "/api/v1/cases/{id}/invoice-resent", null, id);
        assertThat(resent.get("status").asString()).as("resending the invoice does not move the case").isEqualTo("ACCEPTED");
        assertThat(resent.get("delivery").get("invoiceResentAt").isNull()).isFalse();
        JsonNode event = resent.get("timeline").get(resent.get("timeline").size() - 1);
        assertThat(event.get("kind").asString()).isEqualTo("INVOICE_RESENT");
        assertThat(clauseIds(event.get("clauses"))).containsExactly("DLV-1");
        assertThat(event.get("actor").asString()).startsWith(CaseStoryFixture.AGENT_PREFIX);
        assertThat(event.get("details").get("invoice").asString()).isEqualTo("INV-" + order);
        assertThat(strings(resent.get("allowedActions"))).doesNotContain("RESEND_INVOICE").contains("SHIP_REPLACEMENT");

        JsonNode again = expect(409, story.call(Role.AGENT, null, "/api/v1/cases/{id}/invoice-resent", null, id));
        assertThat(again.get("detail").asString()).contains("RESEND_INVOICE is not allowed now");
    }

    @Test
    @DisplayName("while the invoice is still to send, a later decision on the case keeps citing DLV-1")
    void laterDecisionKeepsCitingDlv1() throws Exception {
        Instant attemptedAt = Instant.now().minus(2, DAYS);
        String order = story.putOrder("DLV1", Payment.card("WORLD", 1), attemptedAt, Line.watch("1", serial(), "4250.00"));
        JsonNode opened = story.openDelivery("DAMAGED_ON_DELIVERY", order, Instant.now().minus(1, HOURS), """
                "refusedAtDoor": true, "invoiceReceived": false""", "1");
        String id = opened.get("id").asString();
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-1");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-3");

        LocalDate reportDate = attemptedAt.atZone(com.aftercare.calendar.TurkishCalendar.ZONE).toLocalDate();
        JsonNode reported = story.post(201, Role.AGENT, "/api/v1/cases/{id}/damage-report", """
                {"number": "YK-HT-0101", "date": "%s"}""".formatted(reportDate), id);
        assertThat(reported.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(reported.get("decision").get("clauses"))).containsExactlyInAnyOrder("DLV-3", "DLV-1");
        assertThat(strings(reported.get("allowedActions"))).contains("RESEND_INVOICE");
    }

    @Test
    @DisplayName("the invoice came with the goods: DLV-1 is not cited and there is nothing to resend")
    void invoiceThatCameIsNotResent() throws Exception {
        String order = story.putOrder("DLV1", Payment.card("WORLD", 1), Instant.now().minus(2, DAYS),
                Line.watch("1", serial(), "4250.00"), Line.strap("2", "99.95"));
        JsonNode opened = story.openDelivery("MISSING_ITEM", order, Instant.now().minus(1, HOURS), """
                "notedOnDelivery": true, "invoiceReceived": true""", "2");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-5");
        assertThat(opened.get("delivery").get("invoiceReceived").asBoolean()).isTrue();
        assertThat(opened.get("timeline").get(0).get("details").has("invoiceMissing")).isFalse();
        assertThat(strings(opened.get("allowedActions"))).doesNotContain("RESEND_INVOICE");
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID();
    }
}
