package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.TECHNICIAN_PREFIX;
import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static com.aftercare.cases.WarrantyFixture.istanbulDay;
import static com.aftercare.cases.WarrantyFixture.loanerDue;
import static com.aftercare.cases.WarrantyFixture.repairDue;
import static com.aftercare.cases.WarrantyFixture.serial;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The life of a watch under its warranty, told through the real HTTP API and database: three faults of the
 * same kind, two free repairs (WAR-4, WAR-7), the ledger growing with them (WAR-1..WAR-3), and on the third
 * WAR-8 (c) raised for an agent's confirmation, then a replacement at the customer's choice.
 *
 * <p>The service's clock cannot be moved in an integration test: the notifications are entered with their
 * past moments (WAR-6 allows a phone call entered later), and every repair is recorded on the day the test runs.
 */
@IntegrationTest
@DisplayName("Story: a watch that fails three times with the same fault, is repaired twice and is replaced")
class WarrantyStoryTest {

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
    @DisplayName("STOPS, repaired free; STOPS again, repaired free; STOPS a third time: WAR-8 (c) confirmed, the customer chooses a new watch")
    void threeTimesTheSameFaultEndsInAReplacement() throws Exception {
        // Five months ago Zeynep received a waterproof watch. Its warranty starts that day (WAR-2) and runs 24 months (WAR-1).
        Instant now = Instant.now();
        Instant deliveredAt = now.minus(150, DAYS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate deliveredOn = istanbulDay(deliveredAt);
        String unit = serial();
        String order = warranty.deliveredWatch("WSTORY", deliveredAt, unit, "6499.00", true);

        JsonNode fresh = warranty.ledger(unit);
        assertThat(fresh.get("serialNumber").asString()).isEqualTo(unit);
        assertThat(fresh.get("orderNumber").asString()).isEqualTo(order);
        assertThat(LocalDate.parse(fresh.get("startsOn").asString())).isEqualTo(deliveredOn);
        assertThat(LocalDate.parse(fresh.get("baseEndsOn").asString())).isEqualTo(deliveredOn.plusMonths(24));
        assertThat(fresh.get("daysInRepair").asLong()).isZero();
        assertThat(LocalDate.parse(fresh.get("endsOn").asString())).isEqualTo(deliveredOn.plusMonths(24));
        assertThat(fresh.get("faults")).isEmpty();
        assertThat(fresh.get("entitlement").get("entitled").asBoolean()).isFalse();
        assertThat(fresh.get("entitlement").get("pendingConfirmation").asBoolean()).isFalse();
        // CARE-1: a waterproof watch's warranty comes with its care notes.
        assertThat(clauseIds(fresh.get("careNotes"))).containsExactly("CARE-1");
        assertThat(fresh.get("careNotes").get(0).get("text").asString()).isNotBlank();

        // Fault 1: nine days ago she PHONED: the watch stops. The agent enters the call with its moment (WAR-6).
        Instant firstCall = now.minus(9, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String first = repairedOnce(order, unit, firstCall);
        JsonNode afterFirst = warranty.ledger(unit);
        assertThat(afterFirst.get("faults")).hasSize(1);
        assertThat(afterFirst.get("faults").get(0).get("faultCode").asString()).isEqualTo("STOPS");
        assertThat(afterFirst.get("faults").get(0).get("caseId").asString()).isEqualTo(first);
        assertThat(instantOf(afterFirst.get("faults").get(0).get("notifiedAt"))).isEqualTo(firstCall);
        assertThat(afterFirst.get("entitlement").get("entitled").asBoolean()).isFalse();

        // Fault 2: five days ago, the same fault again. The same path: covered, repaired free, sent back at the store's cost.
        Instant secondCall = now.minus(5, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String second = repairedOnce(order, unit, secondCall);

        // WAR-3 and LAW-3: the days from each call to the watch's return are added to the warranty, derived from the two
        // repairs, never counted by hand (WAR-3 alone counts only the repairs' own day).
        JsonNode afterSecond = warranty.ledger(unit);
        long repairDays = daysInRepair(story.read(first), story.read(second));
        assertThat(repairDays).isPositive();
        assertThat(afterSecond.get("daysInRepair").asLong()).isEqualTo(repairDays);
        // The repairs were done on the day the watch went back, days after the calls: the floor's count governs.
        assertThat(clauseIds(afterSecond.get("clauses"))).containsExactly("WAR-1", "WAR-2", "WAR-3", "LAW-3");
        assertThat(fresh.get("clauses").toString()).doesNotContain("LAW-3");
        assertThat(LocalDate.parse(afterSecond.get("baseEndsOn").asString())).isEqualTo(deliveredOn.plusMonths(24));
        assertThat(LocalDate.parse(afterSecond.get("endsOn").asString()))
                .isEqualTo(deliveredOn.plusMonths(24).plusDays(repairDays));
        assertThat(afterSecond.get("faults")).hasSize(2);
        assertThat(faultCases(afterSecond)).containsExactly(first, second);
        // Two of the same fault is not "more than twice": her remedy is still the repair.
        JsonNode notYet = afterSecond.get("entitlement");
        assertThat(notYet.get("entitled").asBoolean()).isFalse();
        assertThat(notYet.get("pendingConfirmation").asBoolean()).isFalse();
        assertThat(clauseIds(notYet.get("clauses"))).containsExactly("WAR-8");
        assertThat(clauseIds(afterSecond.get("careNotes"))).containsExactly("CARE-1");

        // Fault 3: yesterday, STOPS a third time.
        Instant thirdCall = now.minus(1, DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode opened = warranty.open(order, unit, "STOPS", "EMAIL", thirdCall);
        String third = opened.get("id").asString();
        assertOpenedWithinTheWarranty(opened, thirdCall);
        // The unit's warranty as the case saw it on opening: extended by the repairs (WAR-3).
        JsonNode openedDetails = opened.get("timeline").get(0).get("details");
        assertThat(openedDetails.get("daysInRepair").asLong()).isEqualTo(repairDays);
        assertThat(openedDetails.get("careNotes").get(0).asString()).isEqualTo("CARE-1");

        JsonNode diagnosed = warranty.diagnose(third, "MATERIAL");
        assertThat(diagnosed.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(diagnosed.get("decision").get("clauses"))).contains("WAR-7");

        // WAR-8 (c): the same fault more than twice. It makes her entitled only once an agent confirms the faults
        // make the watch continuously unusable, so the case offers the confirmation, not yet the remedy.
        JsonNode pending = warranty.ledger(unit).get("entitlement");
        assertThat(pending.get("entitled").asBoolean()).isFalse();
        assertThat(pending.get("pendingConfirmation").asBoolean()).isTrue();
        assertThat(clauseIds(pending.get("clauses"))).containsExactly("WAR-8");
        assertThat(pending.get("reason").asString()).contains("(c)").contains("STOPS");
        assertThat(strings(pending.get("countingFaults"))).containsExactly("STOPS", "STOPS", "STOPS");
        assertThat(strings(diagnosed.get("allowedActions"))).contains("CONFIRM_UNUSABLE", "START_REPAIR")
                .doesNotContain("CHOOSE_REMEDY");
        // Asking for the remedy before the confirmation is refused with the reason.
        JsonNode early = story.post(409, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"REPLACEMENT\"}", third);
        assertThat(early.get("detail").asString()).contains("not entitled");

        // The agent confirms: the watch stops every few days, she cannot rely on it. Now she is entitled.
        JsonNode confirmed = story.post(200, Role.AGENT, "/api/v1/cases/{id}/unusable-confirmation", "{\"confirmed\": true}", third);
        assertThat(confirmed.get("warranty").get("unusableConfirmed").asBoolean()).isTrue();
        assertThat(clauseIds(last(confirmed.get("timeline")).get("clauses"))).containsExactly("WAR-8");
        assertThat(strings(confirmed.get("allowedActions"))).contains("CHOOSE_REMEDY").doesNotContain("CONFIRM_UNUSABLE");
        JsonNode entitled = warranty.ledger(unit).get("entitlement");
        assertThat(entitled.get("entitled").asBoolean()).isTrue();
        assertThat(entitled.get("pendingConfirmation").asBoolean()).isFalse();
        assertThat(clauseIds(entitled.get("clauses"))).containsExactly("WAR-8");

        // She chooses a new watch rather than a third repair.
        JsonNode chosen = story.post(200, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"REPLACEMENT\"}", third);
        assertThat(chosen.get("warranty").get("remedyChoice").asString()).isEqualTo("REPLACEMENT");
        assertThat(chosen.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(chosen.get("decision").get("clauses"))).containsExactly("WAR-8");
        assertThat(last(chosen.get("timeline")).get("kind").asString()).isEqualTo("REMEDY_CHOSEN");
        assertThat(strings(chosen.get("allowedActions"))).contains("SHIP_REPLACEMENT")
                .doesNotContain("START_REPAIR", "CHOOSE_REMEDY", "ISSUE_REFUND", "SEND_BACK");

        // The agent ships the new unit, at the store's cost.
        String newUnit = serial();
        JsonNode replaced = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Yurtiçi Kargo", "trackingNumber": "YK-778812", "serialNumbers": ["%s"]}""".formatted(newUnit), third);
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
        assertThat(strings(replaced.get("replacement").get("serialNumbers"))).containsExactly(newUnit);
        JsonNode shipped = last(replaced.get("timeline"));
        assertThat(shipped.get("kind").asString()).isEqualTo("REPLACEMENT_SHIPPED");
        assertThat(clauseIds(shipped.get("clauses"))).containsExactly("WAR-8");
        // The confirmation made WAR-8 (c) hold: the timeline says she is entitled (and she was told) before she chose.
        assertThat(timelineKinds(replaced)).containsExactly("CASE_OPENED", "DIAGNOSED", "UNUSABLE_CONFIRMATION",
                "REMEDY_ENTITLED", "REMEDY_CHOSEN", "REPLACEMENT_SHIPPED");
        assertThat(strings(replaced.get("allowedActions"))).containsExactly("ATTACH");

        // The old unit's ledger keeps its history: three faults, each on its case, the entitlement it led to.
        JsonNode finalLedger = warranty.ledger(unit);
        assertThat(faultCases(finalLedger)).containsExactly(first, second, third);
        assertThat(finalLedger.get("entitlement").get("entitled").asBoolean()).isTrue();
        assertThat(finalLedger.get("daysInRepair").asLong()).isEqualTo(repairDays);

        // The new unit has a warranty of its own, from its own delivery (WAR-2): no faults, no repair days yet.
        JsonNode newLedger = warranty.ledger(newUnit);
        java.time.LocalDate shippedOn = java.time.OffsetDateTime.parse(replaced.get("replacement").get("shippedAt").asString())
                .atZoneSameInstant(java.time.ZoneId.of("Europe/Istanbul")).toLocalDate();
        assertThat(newLedger.get("startsOn").asString()).isEqualTo(shippedOn.toString());
        assertThat(newLedger.get("endsOn").asString()).isEqualTo(shippedOn.plusMonths(24).toString());
        assertThat(newLedger.get("faults")).isEmpty();
        assertThat(newLedger.get("orderNumber").asString()).isEqualTo(order);
    }

    /** One fault of the unit from the call to the unit's way back: covered (WAR-7), repaired in time (WAR-4), sent back (RET-5). */
    private String repairedOnce(String order, String unit, Instant calledAt) throws Exception {
        JsonNode opened = warranty.open(order, unit, "STOPS", "PHONE", calledAt);
        String id = opened.get("id").asString();
        assertThat(opened.get("type").asString()).isEqualTo("WARRANTY");
        assertThat(opened.get("channel").asString()).isEqualTo("PHONE");
        assertThat(instantOf(opened.get("requestedAt"))).isEqualTo(calledAt);
        assertThat(opened.get("faultCode").asString()).isEqualTo("STOPS");
        assertThat(opened.get("warranty").get("serialNumber").asString()).isEqualTo(unit);
        assertThat(opened.get("warranty").get("waterproof").asBoolean()).isTrue();
        assertOpenedWithinTheWarranty(opened, calledAt);
        assertThat(opened.get("timeline").get(0).get("details").get("channel").asString()).isEqualTo("PHONE");

        // The technical service finds a material fault: repaired free, no charge for labour or parts (WAR-7).
        JsonNode diagnosed = warranty.diagnose(id, "MATERIAL");
        assertThat(diagnosed.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(diagnosed.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(diagnosed.get("decision").get("clauses"))).containsExactlyInAnyOrder("WAR-7", "WAR-1");
        assertThat(diagnosed.get("warranty").get("cause").asString()).isEqualTo("MATERIAL");
        assertThat(diagnosed.get("warranty").get("covered").asBoolean()).isTrue();
        JsonNode diagnosis = last(diagnosed.get("timeline"));
        assertThat(diagnosis.get("kind").asString()).isEqualTo("DIAGNOSED");
        assertThat(diagnosis.get("actor").asString()).startsWith(TECHNICIAN_PREFIX);
        assertThat(clauseIds(diagnosis.get("clauses"))).contains("WAR-7");
        assertThat(strings(diagnosed.get("allowedActions"))).contains("START_REPAIR", "LEND_LOANER")
                .doesNotContain("QUOTE", "CHOOSE_REMEDY", "CONFIRM_UNUSABLE", "SEND_BACK");

        JsonNode inRepair = warranty.startRepair(id);
        assertThat(inRepair.get("status").asString()).isEqualTo("IN_REPAIR");
        assertThat(clauseIds(last(inRepair.get("timeline")).get("clauses"))).containsExactlyInAnyOrder("WAR-4", "WAR-7", "WAR-3");
        assertThat(last(inRepair.get("timeline")).get("details").get("paid").asBoolean()).isFalse();

        // Done well inside 20 working days: both clocks are met, the loaner never became owed (WAR-4, WAR-5).
        JsonNode repaired = warranty.finishRepair(id, "FIXED");
        assertThat(repaired.get("status").asString()).isEqualTo("REPAIRED");
        assertThat(repaired.get("warranty").get("repairOutcome").asString()).isEqualTo("FIXED");
        JsonNode finished = last(repaired.get("timeline"));
        assertThat(finished.get("kind").asString()).isEqualTo("REPAIR_FINISHED");
        assertThat(clauseIds(finished.get("clauses"))).containsExactlyInAnyOrder("WAR-4", "WAR-3");
        JsonNode repairClock = deadline(repaired, "REPAIR");
        assertThat(repairClock.get("met").asBoolean()).isTrue();
        assertThat(instantOf(repairClock.get("due"))).isEqualTo(repairDue(calledAt));
        assertThat(deadline(repaired, "LOANER").get("met").asBoolean()).isTrue();
        assertThat(strings(repaired.get("allowedActions"))).contains("SEND_BACK").doesNotContain("CHOOSE_REMEDY", "CONFIRM_UNUSABLE");

        // The watch goes back to her; the store pays (RET-5).
        JsonNode sent = warranty.sendBack(id);
        assertThat(sent.get("status").asString()).isEqualTo("SENT_BACK");
        JsonNode back = last(sent.get("shipments"));
        assertThat(back.get("direction").asString()).isEqualTo("TO_CUSTOMER");
        assertThat(back.get("payer").asString()).isEqualTo("STORE");
        assertThat(clauseIds(back.get("clauses"))).containsExactly("RET-5");
        assertThat(timelineKinds(sent)).containsExactly("CASE_OPENED", "DIAGNOSED", "REPAIR_STARTED", "REPAIR_FINISHED", "SENT_BACK");
        return id;
    }

    /** Opened within the warranty: PENDING on WAR-7 until the diagnosis, with the repair and loaner clocks running. */
    private static void assertOpenedWithinTheWarranty(JsonNode opened, Instant calledAt) {
        assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("WAR-1");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("WAR-7");
        JsonNode repair = deadline(opened, "REPAIR");
        assertThat(repair.get("clause").asString()).isEqualTo("WAR-4");
        assertThat(instantOf(repair.get("due"))).isEqualTo(repairDue(calledAt));
        assertThat(repair.get("met").isNull()).isTrue();
        JsonNode loaner = deadline(opened, "LOANER");
        assertThat(loaner.get("clause").asString()).isEqualTo("WAR-5");
        assertThat(instantOf(loaner.get("due"))).isEqualTo(loanerDue(calledAt));
        assertThat(loaner.get("met").isNull()).isTrue();
        assertThat(loaner.get("overdue").asBoolean()).isFalse();
    }

    /** WAR-3 from the cases themselves: every Istanbul day some repair of the unit ran, each day once. */
    /**
     * LAW-3 under WAR-3: every day from each fault's notification to the day the unit went back to the customer (its
     * send-back shipment), each day once; WAR-3 alone would count only the repairs' own days.
     */
    private static long daysInRepair(JsonNode... cases) {
        Set<LocalDate> days = new TreeSet<>();
        for (JsonNode file : cases) {
            LocalDate from = istanbulDay(instantOf(file.get("requestedAt")));
            JsonNode back = null;
            for (JsonNode shipment : file.get("shipments")) {
                if ("TO_CUSTOMER".equals(shipment.get("direction").asString())) {
                    back = shipment;
                }
            }
            assertThat(back).as("the unit went back to the customer").isNotNull();
            JsonNode when = back.get("pickedUpAt").isNull() ? back.get("arrangedAt") : back.get("pickedUpAt");
            from.datesUntil(istanbulDay(instantOf(when)).plusDays(1)).forEach(days::add);
        }
        return days.size();
    }

    private static List<String> faultCases(JsonNode ledger) {
        List<String> ids = new ArrayList<>();
        ledger.get("faults").forEach(fault -> ids.add(fault.get("caseId").asString()));
        return ids;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
