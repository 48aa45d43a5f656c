package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static com.aftercare.cases.WarrantyFixture.istanbulDay;
import static com.aftercare.cases.WarrantyFixture.serial;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The edges of a warranty case through the real API and database: outside the warranty (WAR-1), the
 * exclusions (EXC-3, EXC-8) and their paid-repair quote, no fault found (RET-5), and a fault the service
 * cannot repair (WAR-8 g) with the customer's discount refunded by PAY-3.
 */
@IntegrationTest
@DisplayName("Warranty edges: outside the warranty, exclusions and quotes, no fault found, not repairable")
class WarrantyEdgesTest {

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

    /** A case for a watch delivered three months ago, notified an hour ago; answers the case. */
    private JsonNode freshCase(String unit, String price, boolean waterproof) throws Exception {
        Instant now = Instant.now();
        String order = warranty.deliveredWatch("WEDGE", now.minus(90, DAYS), unit, price, waterproof);
        return warranty.open(order, unit, "STOPS", "PHONE", now.minus(1, HOURS));
    }

    @Test
    @DisplayName("delivered 25 months ago: REJECTED on opening citing WAR-1 with the dates, and no repair or loaner clock")
    void outsideTheWarranty() throws Exception {
        Instant now = Instant.now();
        Instant deliveredAt = ZonedDateTime.now(TurkishCalendar.ZONE).minusMonths(25).toInstant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate deliveredOn = istanbulDay(deliveredAt);
        String unit = serial();
        String order = warranty.deliveredWatch("WOUT", deliveredAt, unit, "3200.00", false);
        Instant calledAt = now.minus(2, HOURS).truncatedTo(ChronoUnit.SECONDS);

        JsonNode opened = warranty.open(order, unit, "STOPS", "EMAIL", calledAt);

        assertThat(opened.get("status").asString()).isEqualTo("REJECTED");
        JsonNode decision = opened.get("decision");
        assertThat(decision.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(decision.get("clauses"))).contains("WAR-1");
        assertThat(decision.get("reasonKey").asString()).isEqualTo("warranty.coverage.outsideWarranty");
        LocalDate endsOn = deliveredOn.plusMonths(24);
        assertThat(decision.get("reason").asString()).contains(istanbulDay(calledAt).toString(), endsOn.toString(),
                deliveredOn.toString());
        assertThat(deadline(opened, "REPAIR")).isNull();
        assertThat(deadline(opened, "LOANER")).isNull();
        assertThat(strings(opened.get("allowedActions"))).containsExactly("ATTACH");
        // The ledger says the same: the warranty ended, and the refused notification does not count for WAR-8.
        JsonNode ledger = warranty.ledger(unit);
        assertThat(LocalDate.parse(ledger.get("endsOn").asString())).isEqualTo(endsOn);
        assertThat(ledger.get("inWarranty").asBoolean()).isFalse();
        assertThat(ledger.get("careNotes")).isEmpty();
        assertThat(strings(ledger.get("entitlement").get("countingFaults"))).isEmpty();
    }

    @Nested
    @DisplayName("an excluded cause (EXC-3)")
    class Excluded {

        @Test
        @DisplayName("is REFUSED citing EXC-3, its clocks removed and a quote offered; accepted, the paid repair runs and the watch goes back")
        void quoteAccepted() throws Exception {
            String id = refusedForAbuse();

            JsonNode quoted = story.post(201, Role.AGENT, "/api/v1/cases/{id}/quote",
                    "{\"amount\": {\"amount\": \"850.00\", \"currency\": \"TRY\"}}", id);
            assertThat(quoted.get("status").asString()).isEqualTo("QUOTED");
            assertThat(quoted.get("warranty").get("quote").get("amount").asString()).isEqualTo("850.00");
            assertThat(strings(quoted.get("allowedActions"))).containsExactlyInAnyOrder("ATTACH", "ANSWER_QUOTE");

            JsonNode accepted = story.post(200, Role.AGENT, "/api/v1/cases/{id}/quote/answer", "{\"accepted\": true}", id);
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("warranty").get("quoteAccepted").asBoolean()).isTrue();
            // Still not the warranty's: the decision keeps its exclusion; the repair is the customer's to pay.
            assertThat(clauseIds(accepted.get("decision").get("clauses"))).containsExactly("EXC-3");
            assertThat(strings(accepted.get("allowedActions"))).contains("START_REPAIR")
                    .doesNotContain("LEND_LOANER", "CHOOSE_REMEDY", "CONFIRM_UNUSABLE");

            JsonNode started = warranty.startRepair(id);
            assertThat(started.get("status").asString()).isEqualTo("IN_REPAIR");
            assertThat(last(started.get("timeline")).get("details").get("paid").asBoolean()).isTrue();
            assertThat(clauseIds(last(started.get("timeline")).get("clauses"))).doesNotContain("WAR-7");
            JsonNode repaired = warranty.finishRepair(id, "FIXED");
            assertThat(repaired.get("status").asString()).isEqualTo("REPAIRED");
            assertThat(repaired.get("deadlines")).isEmpty();
            JsonNode sent = warranty.sendBack(id);
            assertThat(sent.get("status").asString()).isEqualTo("SENT_BACK");
            assertThat(timelineKinds(sent)).containsExactly("CASE_OPENED", "DIAGNOSED", "REPAIR_QUOTED", "QUOTE_ACCEPTED",
                    "REPAIR_STARTED", "REPAIR_FINISHED", "SENT_BACK");
        }

        @Test
        @DisplayName("declined, the quote stays REFUSED, is not offered again, and the watch goes back")
        void quoteDeclined() throws Exception {
            String id = refusedForAbuse();
            story.post(201, Role.AGENT, "/api/v1/cases/{id}/quote", "{\"amount\": {\"amount\": \"850.00\", \"currency\": \"TRY\"}}", id);

            JsonNode declined = story.post(200, Role.AGENT, "/api/v1/cases/{id}/quote/answer", "{\"accepted\": false}", id);
            assertThat(declined.get("status").asString()).isEqualTo("REFUSED");
            assertThat(declined.get("warranty").get("quoteAccepted").asBoolean()).isFalse();
            assertThat(strings(declined.get("allowedActions"))).contains("SEND_BACK").doesNotContain("QUOTE", "START_REPAIR");

            JsonNode sent = warranty.sendBack(id);
            assertThat(sent.get("status").asString()).isEqualTo("SENT_BACK");
            assertThat(last(sent.get("timeline")).get("kind").asString()).isEqualTo("SENT_BACK");
        }

        @Test
        @DisplayName("a paid repair found not repairable entitles nothing (WAR-8 counts covered faults only) and the watch goes back")
        void paidRepairNotRepairable() throws Exception {
            String id = refusedForAbuse();
            story.post(201, Role.AGENT, "/api/v1/cases/{id}/quote", "{\"amount\": {\"amount\": \"850.00\", \"currency\": \"TRY\"}}", id);
            story.post(200, Role.AGENT, "/api/v1/cases/{id}/quote/answer", "{\"accepted\": true}", id);
            warranty.startRepair(id);
            JsonNode finished = warranty.finishRepair(id, "NOT_REPAIRABLE");
            assertThat(finished.get("status").asString()).isEqualTo("NOT_REPAIRABLE");
            String unit = finished.get("warranty").get("serialNumber").asString();
            assertThat(warranty.ledger(unit).get("entitlement").get("entitled").asBoolean()).isFalse();
            assertThat(strings(finished.get("allowedActions"))).contains("SEND_BACK").doesNotContain("CHOOSE_REMEDY");

            JsonNode sent = warranty.sendBack(id);
            assertThat(sent.get("status").asString()).isEqualTo("SENT_BACK");
            assertThat(strings(sent.get("allowedActions"))).containsExactly("ATTACH");
        }

        private String refusedForAbuse() throws Exception {
            JsonNode opened = freshCase(serial(), "2750.00", true);
            String id = opened.get("id").asString();
            assertThat(deadline(opened, "REPAIR")).isNotNull();

            JsonNode refused = warranty.diagnose(id, "ABUSE_OR_ACCIDENT");
            assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
            assertThat(refused.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
            assertThat(clauseIds(refused.get("decision").get("clauses"))).containsExactly("EXC-3");
            assertThat(refused.get("warranty").get("covered").asBoolean()).isFalse();
            // No free repair is owed: WAR-4's and WAR-5's clocks stop.
            assertThat(deadline(refused, "REPAIR")).isNull();
            assertThat(deadline(refused, "LOANER")).isNull();
            assertThat(strings(refused.get("allowedActions"))).contains("QUOTE", "SEND_BACK")
                    .doesNotContain("START_REPAIR", "LEND_LOANER");
            return id;
        }
    }

    @Nested
    @DisplayName("water contact (EXC-8)")
    class Water {

        @Test
        @DisplayName("in a waterproof watch is covered (WAR-7): EXC-8 excludes water only for a watch that is not waterproof")
        void waterproofIsCovered() throws Exception {
            String id = freshCase(serial(), "5100.00", true).get("id").asString();
            JsonNode diagnosed = warranty.diagnose(id, "WATER_CONTACT");
            assertThat(diagnosed.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(diagnosed.get("decision").get("reasonKey").asString()).isEqualTo("warranty.coverage.waterInWaterproof");
            assertThat(clauseIds(diagnosed.get("decision").get("clauses"))).contains("WAR-7", "EXC-8");
            assertThat(deadline(diagnosed, "REPAIR")).isNotNull();
        }

        @Test
        @DisplayName("in a watch that is not waterproof is excluded citing EXC-8")
        void notWaterproofIsExcluded() throws Exception {
            String id = freshCase(serial(), "1900.00", false).get("id").asString();
            JsonNode diagnosed = warranty.diagnose(id, "WATER_CONTACT");
            assertThat(diagnosed.get("status").asString()).isEqualTo("REFUSED");
            assertThat(diagnosed.get("decision").get("reasonKey").asString()).isEqualTo("warranty.excluded.waterNotWaterproof");
            assertThat(clauseIds(diagnosed.get("decision").get("clauses"))).containsExactly("EXC-8");
            assertThat(deadline(diagnosed, "REPAIR")).isNull();
            assertThat(strings(diagnosed.get("allowedActions"))).contains("QUOTE");
        }
    }

    @Nested
    @DisplayName("no fault found (RET-5)")
    class NoFault {

        @Test
        @DisplayName("shown with a photo: REFUSED citing RET-5; the unit came by the store's pickup, so its way back is the customer's")
        void shownWithAPhotoTheCustomerPaysTheWayBack() throws Exception {
            String id = collected();
            String photo = story.attachPhoto(id);

            JsonNode diagnosed = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/diagnosis",
                    "{\"noFaultFound\": true, \"evidence\": [\"" + photo + "\"], \"notes\": \"Runs to +4 s/day for 72 hours\"}", id);
            assertThat(diagnosed.get("status").asString()).isEqualTo("REFUSED");
            assertThat(diagnosed.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
            assertThat(clauseIds(diagnosed.get("decision").get("clauses"))).containsExactly("RET-5");
            assertThat(diagnosed.get("decision").get("reasonKey").asString()).isEqualTo("warranty.noFaultFoundShown");
            // Nothing to repair: no loaner is owed (WAR-5), and there is no paid repair to quote.
            assertThat(strings(diagnosed.get("allowedActions"))).contains("SEND_BACK").doesNotContain("LEND_LOANER", "QUOTE");
            assertThat(deadline(diagnosed, "REPAIR")).isNull();
            assertThat(deadline(diagnosed, "LOANER")).isNull();
            JsonNode inspection = last(diagnosed.get("inspections"));
            assertThat(inspection.get("noFaultFound").asBoolean()).isTrue();
            assertThat(strings(inspection.get("evidence"))).containsExactly(photo);

            JsonNode sent = warranty.sendBack(id);
            assertThat(sent.get("status").asString()).isEqualTo("SENT_BACK");
            JsonNode back = last(sent.get("shipments"));
            assertThat(back.get("direction").asString()).isEqualTo("TO_CUSTOMER");
            assertThat(back.get("payer").asString()).isEqualTo("CUSTOMER");
            assertThat(clauseIds(back.get("clauses"))).containsExactly("RET-5");
        }

        @Test
        @DisplayName("without photos or video, the way back stays the store's")
        void withoutEvidenceTheStorePays() throws Exception {
            String id = collected();
            JsonNode diagnosed = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/diagnosis", "{\"noFaultFound\": true}", id);
            assertThat(diagnosed.get("status").asString()).isEqualTo("REFUSED");
            assertThat(clauseIds(diagnosed.get("decision").get("clauses"))).containsExactly("RET-5");
            assertThat(diagnosed.get("decision").get("reasonKey").asString()).isEqualTo("warranty.noFaultFound");

            JsonNode back = last(warranty.sendBack(id).get("shipments"));
            assertThat(back.get("payer").asString()).isEqualTo("STORE");
        }

        /** A case whose unit the store's carrier picked up (the store pays that first shipment) and the service received. */
        private String collected() throws Exception {
            String id = freshCase(serial(), "2300.00", false).get("id").asString();
            JsonNode arranged = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments",
                    "{\"carrier\": \"Yurtiçi Kargo\", \"storeArranged\": true}", id);
            assertThat(arranged.get("status").asString()).isEqualTo("AWAITING_GOODS");
            JsonNode pickup = arranged.get("shipments").get(0);
            assertThat(pickup.get("payer").asString()).isEqualTo("STORE");
            assertThat(clauseIds(pickup.get("clauses"))).contains("RET-5");
            JsonNode received = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt",
                    "{\"packaging\": \"INTACT\", \"signedReturnForm\": false, \"originalInvoice\": false}", id);
            assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
            assertThat(strings(received.get("allowedActions"))).contains("DIAGNOSE");
            return id;
        }
    }

    @Nested
    @DisplayName("not repairable (WAR-8 g)")
    class NotRepairable {

        @Test
        @DisplayName("entitles at once, no confirmation; a DISCOUNT is refunded by finance at exactly price × rate / 100, to the kuruş")
        void discountRefundedAtTheAgreedRate() throws Exception {
            String unit = serial();
            String id = notRepairable(unit, "3999.99");

            JsonNode noRate = story.post(400, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"DISCOUNT\"}", id);
            assertThat(noRate.get("errors").get(0).get("field").asString()).isEqualTo("discountRate");
            JsonNode tooHigh = story.post(400, Role.AGENT, "/api/v1/cases/{id}/remedy",
                    "{\"choice\": \"DISCOUNT\", \"discountRate\": 120}", id);
            assertThat(tooHigh.get("errors").get(0).get("field").asString()).isEqualTo("discountRate");

            JsonNode chosen = story.post(200, Role.AGENT, "/api/v1/cases/{id}/remedy",
                    "{\"choice\": \"DISCOUNT\", \"discountRate\": 7.5}", id);
            assertThat(chosen.get("warranty").get("remedyChoice").asString()).isEqualTo("DISCOUNT");
            assertThat(new BigDecimal(chosen.get("warranty").get("discountRate").asString())).isEqualByComparingTo("7.5");
            assertThat(strings(chosen.get("allowedActions"))).contains("ISSUE_REFUND")
                    .doesNotContain("SHIP_REPLACEMENT", "CHOOSE_REMEDY", "SEND_BACK");

            JsonNode refunded = story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", null, id);
            assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
            BigDecimal expected = new BigDecimal("3999.99").multiply(new BigDecimal("7.5"))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            assertThat(expected).isEqualByComparingTo("300.00"); // 299.99925 rounded to the kuruş
            assertThat(refunded.get("refund").get("amount").get("amount").asString()).isEqualTo(expected.toPlainString());
            assertThat(clauseIds(refunded.get("refund").get("decision").get("clauses"))).contains("PAY-3");
            assertThat(clauseIds(last(refunded.get("timeline")).get("clauses"))).contains("PAY-3", "WAR-8");
        }

        @Test
        @DisplayName("a REFUND gives the whole price back by PAY-3")
        void refundOfTheWholePrice() throws Exception {
            String id = notRepairable(serial(), "4100.50");
            JsonNode stray = story.post(400, Role.AGENT, "/api/v1/cases/{id}/remedy",
                    "{\"choice\": \"REFUND\", \"discountRate\": 10}", id);
            assertThat(stray.get("errors").get(0).get("field").asString()).isEqualTo("discountRate");
            story.post(200, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"REFUND\"}", id);
            JsonNode refunded = story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", null, id);
            assertThat(refunded.get("refund").get("amount").get("amount").asString()).isEqualTo("4100.50");
        }

        private String notRepairable(String unit, String price) throws Exception {
            String id = freshCase(unit, price, false).get("id").asString();
            warranty.diagnose(id, "WORKMANSHIP");
            warranty.startRepair(id);
            JsonNode finished = warranty.finishRepair(id, "NOT_REPAIRABLE");
            assertThat(finished.get("status").asString()).isEqualTo("NOT_REPAIRABLE");
            assertThat(finished.get("warranty").get("repairOutcome").asString()).isEqualTo("NOT_REPAIRABLE");
            assertThat(clauseIds(last(finished.get("timeline")).get("clauses"))).contains("WAR-8");
            assertThat(strings(finished.get("allowedActions"))).contains("CHOOSE_REMEDY")
                    .doesNotContain("CONFIRM_UNUSABLE");

            JsonNode entitlement = warranty.ledger(unit).get("entitlement");
            assertThat(entitlement.get("entitled").asBoolean()).isTrue();
            assertThat(entitlement.get("pendingConfirmation").asBoolean()).isFalse();
            assertThat(clauseIds(entitlement.get("clauses"))).containsExactly("WAR-8");
            assertThat(entitlement.get("reason").asString()).contains("(g)");
            return id;
        }
    }

    @Test
    @DisplayName("a repair still running after 20 working days entitles at once (WAR-8 f); a choice made mid-repair waits for the repair to be closed")
    void lateRepairEntitlesAtOnce() throws Exception {
        Instant notifiedAt = Instant.now().minus(40, DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(WarrantyFixture.repairDue(notifiedAt)).as("the premise: WAR-4's 20 working days have passed").isBefore(Instant.now());
        String unit = serial();
        String order = warranty.deliveredWatch("WLATE", Instant.now().minus(120, DAYS), unit, "5200.00", false);
        String id = warranty.open(order, unit, "CROWN", "REGISTERED_LETTER", notifiedAt).get("id").asString();
        warranty.diagnose(id, "MATERIAL");
        JsonNode inRepair = warranty.startRepair(id);
        assertThat(deadline(inRepair, "REPAIR").get("overdue").asBoolean()).isTrue();

        JsonNode entitlement = warranty.ledger(unit).get("entitlement");
        assertThat(entitlement.get("entitled").asBoolean()).isTrue();
        assertThat(clauseIds(entitlement.get("clauses"))).containsExactlyInAnyOrder("WAR-8", "WAR-4");
        assertThat(entitlement.get("reason").asString()).contains("(f)");
        assertThat(strings(inRepair.get("allowedActions"))).contains("CHOOSE_REMEDY", "FINISH_REPAIR").doesNotContain("CONFIRM_UNUSABLE");

        JsonNode chosen = story.post(200, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"REPLACEMENT\"}", id);
        assertThat(clauseIds(chosen.get("decision").get("clauses"))).containsExactlyInAnyOrder("WAR-8", "WAR-4");
        // The unit is still on the bench: its repair is closed first, so its days in repair stop counting (WAR-3).
        assertThat(strings(chosen.get("allowedActions"))).contains("FINISH_REPAIR")
                .doesNotContain("SHIP_REPLACEMENT", "CHOOSE_REMEDY");
        JsonNode finished = warranty.finishRepair(id, "FIXED");
        assertThat(deadline(finished, "REPAIR").get("met").asBoolean()).isFalse();
        assertThat(deadline(finished, "LOANER").get("met").asBoolean()).isFalse();
        assertThat(strings(finished.get("allowedActions"))).contains("SHIP_REPLACEMENT").doesNotContain("SEND_BACK");
        JsonNode replaced = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement",
                "{\"carrier\": \"Aras Kargo\", \"serialNumbers\": [\"" + serial() + "\"]}", id);
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
    }

    @Test
    @DisplayName("a remedy the ledger does not entitle is a 409 with the reason; nothing is recorded")
    void remedyWithoutEntitlement() throws Exception {
        String id = freshCase(serial(), "2100.00", false).get("id").asString();
        JsonNode diagnosed = warranty.diagnose(id, "MATERIAL");
        assertThat(strings(diagnosed.get("allowedActions"))).doesNotContain("CHOOSE_REMEDY");

        JsonNode refused = story.post(409, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"REFUND\"}", id);
        assertThat(refused.get("detail").asString()).contains("not entitled").contains("ACCEPTED");
        JsonNode unchanged = story.read(id);
        assertThat(unchanged.get("version").asInt()).isEqualTo(diagnosed.get("version").asInt());
        assertThat(unchanged.get("warranty").get("remedyChoice").isNull()).isTrue();
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
