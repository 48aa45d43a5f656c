package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.AGENT_PREFIX;
import static com.aftercare.cases.CaseStoryFixture.FINANCE_PREFIX;
import static com.aftercare.cases.CaseStoryFixture.TECHNICIAN_PREFIX;
import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.moment;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.policy.returns.Iban;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The life of a RETURN told through the real HTTP API and database, one step at a time, as the
 * customer, the agent, the technician and finance live it. Read it as the documentation of the flow.
 */
@IntegrationTest
@DisplayName("Story: a RETURN from the customer's call to the refund")
class ReturnStoryTest {

    private static final TurkishCalendar CALENDAR = TurkishCalendar.official();

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
    @DisplayName("a smart watch paid in 3 WORLD installments goes back by phone, is found unused and is refunded against the plan; the charger stays")
    void smartWatchRefundedAgainstTheInstallmentPlan() throws Exception {
        // Five days ago Ayşe received her order: a smart watch, paid by WORLD card in 3 installments, and a charger.
        Instant now = Instant.now();
        Instant deliveredAt = now.minus(5, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String order = story.putOrder("STORY", Payment.card("WORLD", 3), deliveredAt,
                Line.smartWatch("1", "SW-" + UUID.randomUUID(), "8999.90"), Line.charger("2", "349.90"));

        // Two days ago she PHONED customer services to send both back. The agent enters the call only now,
        // with the moment she called: RET-1 records the channel and the moment of the request.
        Instant calledAt = now.minus(2, DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode opened = story.openReturn(order, "PHONE", calledAt, "1", "2");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(opened.get("channel").asString()).isEqualTo("PHONE");
        assertThat(instantOf(opened.get("requestedAt"))).isEqualTo(calledAt);

        // RET-2 judges it at once. She asked in time (RET-1), but a charger is never taken back (GEN-3):
        // the request is PENDING, and the smart watch waits for the technical service (RET-3, RET-4).
        JsonNode decision = opened.get("decision");
        assertThat(decision.get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(decision.get("clauses"))).containsExactly("RET-1", "GEN-3");
        assertThat(decision.get("clauses").get(0).get("text").asString()).isNotBlank();
        JsonNode watch = opened.get("items").get(0);
        JsonNode charger = opened.get("items").get(1);
        assertThat(watch.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(watch.get("decision").get("stillToCheck"))).contains("RET-3", "RET-4");
        assertThat(charger.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(charger.get("decision").get("clauses"))).containsExactly("GEN-3");
        // Her window closes at the end of the 14th day after delivery (moved past a Sunday or holiday): met.
        JsonNode window = deadline(opened, "RETURN_WINDOW");
        assertThat(window.get("clause").asString()).isEqualTo("RET-1");
        assertThat(window.get("met").asBoolean()).isTrue();
        assertThat(instantOf(window.get("due"))).isEqualTo(endOfPeriod(deliveredAt, 14));

        // The agent books a pickup with a contracted carrier (GEN-5). It is the unit's first shipment, so
        // the store pays (RET-5), and the carrier's pickup code is generated for her.
        JsonNode arranged = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments",
                """
                {"carrier": "Yurtiçi Kargo", "storeArranged": true}""", id);
        assertThat(arranged.get("status").asString()).isEqualTo("AWAITING_GOODS");
        JsonNode pickup = arranged.get("shipments").get(0);
        assertThat(pickup.get("direction").asString()).isEqualTo("TO_STORE");
        assertThat(pickup.get("pickupCode").asString()).matches("PU-[A-HJ-NP-Z2-9]{8}");
        assertThat(pickup.get("payer").asString()).isEqualTo("STORE");
        assertThat(clauseIds(pickup.get("clauses"))).containsExactlyInAnyOrder("RET-5", "GEN-5");
        assertThat(strings(arranged.get("allowedActions"))).contains("RECORD_PICKUP", "CANCEL");

        // The courier collects the parcel: from now on she can no longer cancel.
        JsonNode collected = story.post(200, Role.AGENT, "/api/v1/cases/{id}/shipments/{s}/pickup",
                "{\"at\": \"" + moment(now.minus(1, HOURS)) + "\"}", id, pickup.get("id").asString());
        assertThat(collected.get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(collected.get("shipments").get(0).get("pickedUpAt").isNull()).isFalse();
        assertThat(strings(collected.get("allowedActions"))).doesNotContain("CANCEL");

        // The parcel reaches the store: the box is intact, the signed return form and the invoice are in it
        // (GEN-1, GEN-2, GEN-4, DLV-2). RET-6's refund clock starts: 14 days from the day of receipt.
        Instant receivedAt = now.minus(10, MINUTES).truncatedTo(ChronoUnit.SECONDS);
        JsonNode received = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt", """
                {"receivedAt": "%s", "packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}"""
                .formatted(moment(receivedAt)), id);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("receipt").get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(received.get("receipt").get("decision").get("clauses")))
                .containsExactlyInAnyOrder("GEN-1", "GEN-2", "GEN-4", "DLV-2");
        assertThat(clauseIds(received.get("decision").get("stillToCheck"))).containsExactlyInAnyOrder("RET-3", "RET-4");
        JsonNode refundClock = deadline(received, "REFUND");
        assertThat(refundClock.get("clause").asString()).isEqualTo("RET-6");
        assertThat(refundClock.get("met").isNull()).isTrue();
        assertThat(refundClock.get("overdue").asBoolean()).isFalse();
        Instant refundDue = endOfPeriod(instantOf(received.get("receipt").get("receivedAt")), 14);
        assertThat(instantOf(refundClock.get("due"))).isEqualTo(refundDue);

        // The technical service inspects the watch: not used, no data, never paired. It is taken back (RET-3, RET-4).
        JsonNode inspected = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/inspections", """
                {"lineId": "1", "used": false, "dataTransferred": false, "paired": false, "hygieneSealOpened": false,
                 "notes": "Screen film on, no pairing history"}""", id);
        assertThat(inspected.get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode watchAfter = inspected.get("items").get(0).get("decision");
        assertThat(watchAfter.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(watchAfter.get("clauses"))).containsExactlyInAnyOrder("RET-3", "RET-4");
        assertThat(inspected.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(strings(inspected.get("allowedActions"))).contains("ISSUE_REFUND").doesNotContain("SEND_BACK");

        // Finance refunds the watch by the way she paid (PAY-3): the bank reverses it against the 3-installment
        // plan, to the kuruş, and she is told when to expect it: 2 to 10 bank business days.
        LocalDate issuedOn = LocalDate.now(TurkishCalendar.ZONE);
        JsonNode refunded = story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", null, id);
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        JsonNode refund = refunded.get("refund");
        assertThat(refund.get("amount").get("amount").asString()).isEqualTo("8999.90");
        assertThat(refund.get("amount").get("currency").asString()).isEqualTo("TRY");
        assertThat(refund.get("destination").asString()).isEqualTo("CARD_INSTALLMENT_PLAN");
        List<BigDecimal> reversals = new ArrayList<>();
        refund.get("reversals").forEach(r -> reversals.add(new BigDecimal(r.get("amount").get("amount").asString())));
        assertThat(reversals).hasSize(3);
        assertThat(reversals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("8999.90");
        assertThat(reversals).allSatisfy(part -> assertThat(part).isBetween(new BigDecimal("2999.96"), new BigDecimal("2999.97")));
        assertThat(LocalDate.parse(refund.get("expectedWindow").get("from").asString())).isEqualTo(CALENDAR.addBankDays(issuedOn, 2));
        assertThat(LocalDate.parse(refund.get("expectedWindow").get("until").asString())).isEqualTo(CALENDAR.addBankDays(issuedOn, 10));
        assertThat(clauseIds(refund.get("decision").get("clauses"))).contains("PAY-3");
        // Issued well inside RET-6's 14 days: the refund clock shows it met.
        JsonNode settled = deadline(refunded, "REFUND");
        assertThat(settled.get("met").asBoolean()).isTrue();
        assertThat(instantOf(settled.get("due"))).isEqualTo(refundDue);
        assertThat(settled.get("overdue").asBoolean()).isFalse();

        // The case's timeline tells the whole story, oldest first: what happened, who did it, which clauses.
        JsonNode told = story.read(id);
        assertThat(timelineKinds(told)).containsExactly("CASE_OPENED", "RETURN_SHIPMENT_ARRANGED", "PICKED_UP",
                "GOODS_RECEIVED", "ITEM_INSPECTED", "REFUND_ISSUED");
        JsonNode timeline = told.get("timeline");
        assertEvent(timeline.get(0), AGENT_PREFIX, "RET-1", "GEN-3");
        assertEvent(timeline.get(1), AGENT_PREFIX, "RET-5", "GEN-5");
        assertEvent(timeline.get(2), AGENT_PREFIX);
        assertEvent(timeline.get(3), TECHNICIAN_PREFIX, "GEN-1", "GEN-2", "GEN-4", "DLV-2");
        assertEvent(timeline.get(4), TECHNICIAN_PREFIX, "RET-3", "RET-4");
        assertEvent(timeline.get(5), FINANCE_PREFIX, "RET-6", "PAY-3", "PAY-2");
        for (int i = 1; i < timeline.size(); i++) {
            assertThat(instantOf(timeline.get(i).get("at"))).isAfterOrEqualTo(instantOf(timeline.get(i - 1).get("at")));
        }
        assertThat(timeline.get(0).get("details").get("channel").asString()).isEqualTo("PHONE");
        assertThat(strings(told.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("a watch paid by bank transfer is refunded to the customer's IBAN; without one, or with a bad checksum, the refund is a 400 naming iban")
    void bankTransferRefundedToAValidIban() throws Exception {
        // Mehmet paid his watch by bank transfer. He brings it back to the store himself, three days after delivery.
        Instant now = Instant.now();
        String order = story.putOrder("IBAN", Payment.bankTransfer(), now.minus(4, DAYS),
                Line.watch("1", "SN-" + UUID.randomUUID(), "4250.00"));
        String id = story.openReturn(order, "IN_PERSON", now.minus(1, DAYS), "1").get("id").asString();

        // Box intact, papers complete: a mechanical watch needs no technical inspection, it is taken back at once.
        JsonNode received = story.post(201, Role.AGENT, "/api/v1/cases/{id}/receipt", """
                {"packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}""", id);
        assertThat(received.get("status").asString()).isEqualTo("ACCEPTED");
        int version = received.get("version").asInt();

        // Finance cannot pay a bank transfer back without his IBAN (PAY-3)...
        JsonNode noIban = story.post(400, Role.FINANCE, "/api/v1/cases/{id}/refund", null, id);
        assertThat(noIban.get("errors").get(0).get("field").asString()).isEqualTo("iban");
        JsonNode emptyBody = story.post(400, Role.FINANCE, "/api/v1/cases/{id}/refund", "{}", id);
        assertThat(emptyBody.get("errors").get(0).get("field").asString()).isEqualTo("iban");

        // ...nor to an IBAN whose check digits do not match (ISO 13616): a mistyped digit must not send money astray.
        String iban = validTurkishIban("0006100519786457841326");
        String mistyped = iban.substring(0, 10) + swapped(iban.substring(10, 12)) + iban.substring(12);
        assertThat(Iban.problemWith(mistyped)).isPresent();
        JsonNode badChecksum = story.post(400, Role.FINANCE, "/api/v1/cases/{id}/refund",
                "{\"iban\": \"" + mistyped + "\"}", id);
        assertThat(badChecksum.get("errors").get(0).get("field").asString()).isEqualTo("iban");
        assertThat(badChecksum.get("errors").get(0).get("message").asString()).contains("mod 97");

        // Nothing was recorded by the refused attempts.
        JsonNode unchanged = story.read(id);
        assertThat(unchanged.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(unchanged.get("version").asInt()).isEqualTo(version);
        assertThat(unchanged.get("refund").isNull()).isTrue();

        // With his IBAN, written as on paper in groups of four, the refund goes to his account.
        String onPaper = iban.replaceAll("(.{4})", "$1 ").trim().toLowerCase();
        JsonNode refunded = story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", "{\"iban\": \"" + onPaper + "\"}", id);
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        JsonNode refund = refunded.get("refund");
        assertThat(refund.get("destination").asString()).isEqualTo("BANK_ACCOUNT");
        assertThat(refund.get("iban").asString()).isEqualTo(iban);
        assertThat(refund.get("amount").get("amount").asString()).isEqualTo("4250.00");
        assertThat(refund.get("reversals")).isEmpty();
        assertThat(clauseIds(refund.get("decision").get("clauses"))).containsExactly("PAY-3");
        assertThat(deadline(refunded, "REFUND").get("met").asBoolean()).isTrue();
        assertThat(timelineKinds(refunded)).containsExactly("CASE_OPENED", "GOODS_RECEIVED", "REFUND_ISSUED");
    }

    /** The end of a RET-1 or RET-6 period from the day of {@code event} in Istanbul, to the second, as the API shows it. */
    private static Instant endOfPeriod(Instant event, int days) {
        LocalDate from = event.atZone(TurkishCalendar.ZONE).toLocalDate();
        OffsetDateTime last = CALENDAR.periodEndOf(from, days).lastMoment().toOffsetDateTime();
        return last.truncatedTo(ChronoUnit.SECONDS).toInstant();
    }

    private static void assertEvent(JsonNode event, String actorPrefix, String... clauses) {
        assertThat(event.get("actor").asString()).startsWith(actorPrefix);
        assertThat(clauseIds(event.get("clauses"))).as(event.get("kind").asString()).containsExactlyInAnyOrder(clauses);
    }

    /**
     * A Turkish IBAN for this BBAN (bank code, reserve digit, account: 22 digits), its check digits
     * computed by ISO 13616: BBAN + "TR00" with letters as numbers (T=29, R=27), 98 minus that mod 97.
     */
    static String validTurkishIban(String bban) {
        int check = 98 - new BigInteger(bban + "2927" + "00").mod(BigInteger.valueOf(97)).intValue();
        String iban = "TR" + String.format("%02d", check) + bban;
        assertThat(Iban.problemWith(iban)).as("the test's own IBAN").isEmpty();
        return iban;
    }

    private static String swapped(String twoDigits) {
        String swapped = "" + twoDigits.charAt(1) + twoDigits.charAt(0);
        return swapped.equals(twoDigits) ? (twoDigits.charAt(0) == '9' ? "08" : "9" + twoDigits.charAt(1)) : swapped;
    }
}
