package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Invoice;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
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
 * DLV-4 through the real API and database: damage or a defect noticed after delivery. Customer
 * services ask for photos; the technical service's examination decides whether the customer caused
 * it; if not, the unit travels back with the signed return fields of the invoice (GEN-4) and is
 * replaced one-to-one, whatever its box looks like.
 */
@IntegrationTest
@DisplayName("Story: damage or a defect noticed after delivery (DLV-4)")
class DefectAfterDeliveryStoryTest {

    /** aftercare.cases.photo-reminder-after: when a customer who has not sent the photos is reminded. */
    private static final Duration PHOTO_REMINDER = Duration.ofDays(3);

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
    @DisplayName("photos asked for and reminded, they arrive, the examination finds the customer did not cause it; the unit comes back in a damaged box and is replaced")
    void notCustomerCausedIsReplacedOneToOne() throws Exception {
        // Mehmet's watch arrived five days ago; yesterday he noticed the crown is loose and called.
        Instant now = Instant.now();
        String order = story.putOrder("DLV4", Payment.card("WORLD", 1), now.minus(5, DAYS), Line.watch("1", serial(), "4250.00"));
        Instant calledAt = now.minus(1, DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode opened = story.openDelivery("DEFECT_AFTER_DELIVERY", order, calledAt, "", "1");
        String id = opened.get("id").asString();

        // The agent asked for photos on the call: the case waits on them, pending on DLV-4, and a reminder
        // clock runs from the moment he called.
        assertThat(opened.get("status").asString()).isEqualTo("AWAITING_PHOTOS");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).isEmpty();
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-4");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.defect.photosRequested");
        assertThat(opened.get("delivery").get("photoRequests").asInt()).isEqualTo(1);
        assertThat(instantOf(opened.get("delivery").get("photosRequestedAt"))).isEqualTo(calledAt);
        JsonNode photos = deadline(opened, "PHOTOS");
        assertThat(photos.get("clause").asString()).isEqualTo("DLV-4");
        assertThat(instantOf(photos.get("due"))).isEqualTo(calledAt.plus(PHOTO_REMINDER));
        assertThat(photos.get("met").isNull()).isTrue();
        assertThat(photos.get("overdue").asBoolean()).isFalse();
        JsonNode openedEvent = opened.get("timeline").get(0);
        assertThat(openedEvent.get("details").get("suggestWarranty").asBoolean()).isFalse();
        assertThat(strings(opened.get("allowedActions"))).containsExactlyInAnyOrder("ATTACH", "CANCEL", "EXAMINE", "REQUEST_PHOTOS");

        // Nothing came by the next morning: the agent reminds him. The reminder is counted and its clock runs from now.
        Instant remindedAround = Instant.now();
        JsonNode reminded = story.post(201, Role.AGENT, "/api/v1/cases/{id}/photo-requests", null, id);
        assertThat(reminded.get("status").asString()).isEqualTo("AWAITING_PHOTOS");
        assertThat(reminded.get("delivery").get("photoRequests").asInt()).isEqualTo(2);
        JsonNode reminder = last(reminded.get("timeline"));
        assertThat(reminder.get("kind").asString()).isEqualTo("PHOTOS_REQUESTED");
        assertThat(clauseIds(reminder.get("clauses"))).containsExactly("DLV-4");
        assertThat(reminder.get("details").get("request").asInt()).isEqualTo(2);
        assertThat(reminder.get("details").get("reminder").asBoolean()).isTrue();
        assertThat(instantOf(deadline(reminded, "PHOTOS").get("due")))
                .isBetween(remindedAround.plus(PHOTO_REMINDER).minusSeconds(1), Instant.now().plus(PHOTO_REMINDER));

        // The photos arrive: the reminder clock is met.
        story.attachPhoto(id);
        JsonNode withPhotos = story.read(id);
        assertThat(deadline(withPhotos, "PHOTOS").get("met").asBoolean()).isTrue();
        assertThat(withPhotos.get("status").asString()).isEqualTo("AWAITING_PHOTOS");

        // The technical service examines the photos: the customer did not cause it. DLV-4 replaces the unit one-to-one,
        // and it travels back with the signed return fields of the invoice (GEN-4).
        JsonNode examined = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/examination", """
                {"customerCaused": false, "notes": "Crown tube not glued at the factory"}""", id);
        assertThat(examined.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(examined.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(examined.get("decision").get("clauses"))).containsExactlyInAnyOrder("DLV-4", "GEN-4");
        assertThat(examined.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(examined.get("delivery").get("customerCaused").asBoolean()).isFalse();
        assertThat(examined.get("delivery").get("examinedBy").asString()).startsWith(CaseStoryFixture.TECHNICIAN_PREFIX);
        JsonNode examination = last(examined.get("timeline"));
        assertThat(examination.get("kind").asString()).isEqualTo("EXAMINED");
        assertThat(clauseIds(examination.get("clauses"))).containsExactlyInAnyOrder("DLV-4", "GEN-4");
        assertThat(examination.get("details").get("photos").asBoolean()).isTrue();
        assertThat(deadline(examined, "PHOTOS").get("met").asBoolean()).isTrue();
        // The unit comes back first: no replacement before it is in the store.
        assertThat(strings(examined.get("allowedActions"))).containsExactlyInAnyOrder("ARRANGE_RETURN_SHIPMENT", "RECORD_RECEIPT", "ATTACH");

        // The store's contracted carrier collects it, at the store's cost (DLV-4: the problem is not the customer's).
        JsonNode arranged = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Aras Kargo", "storeArranged": true}""", id);
        assertThat(arranged.get("status").asString()).isEqualTo("AWAITING_GOODS");
        JsonNode shipment = arranged.get("shipments").get(0);
        assertThat(shipment.get("direction").asString()).isEqualTo("TO_STORE");
        assertThat(shipment.get("payer").asString()).isEqualTo("STORE");
        assertThat(clauseIds(shipment.get("clauses"))).containsExactly("DLV-4");
        assertThat(shipment.get("pickupCode").asString()).startsWith("PU-");
        assertThat(clauseIds(last(arranged.get("timeline")).get("clauses"))).containsExactly("DLV-4");

        JsonNode collected = story.post(200, Role.AGENT, "/api/v1/cases/{id}/shipments/{s}/pickup", "{}", id,
                shipment.get("id").asString());
        assertThat(collected.get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(strings(collected.get("allowedActions"))).doesNotContain("SHIP_REPLACEMENT", "CANCEL");

        // It reaches the store in a damaged box, with the signed form and the invoice. DLV-4 exchanges the unit
        // whatever the box: the receipt is not refused for the packaging (only a return is, GEN-1, GEN-2).
        JsonNode received = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt", """
                {"receivedAt": "%s", "packaging": "DAMAGED", "signedReturnForm": true, "originalInvoice": true}"""
                .formatted(CaseStoryFixture.moment(Instant.now().minus(5, MINUTES))), id);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("receipt").get("packaging").asString()).isEqualTo("DAMAGED");
        assertThat(received.get("receipt").get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(received.get("receipt").get("decision").get("clauses"))).contains("GEN-4", "DLV-2");
        assertThat(received.get("decision").get("outcome").asString()).as("the case's decision stands").isEqualTo("ACCEPTED");
        assertThat(clauseIds(received.get("decision").get("clauses"))).containsExactlyInAnyOrder("DLV-4", "GEN-4");
        assertThat(deadline(received, "REFUND")).as("nothing is refunded, so no RET-6 clock").isNull();
        assertThat(strings(received.get("allowedActions"))).containsExactlyInAnyOrder("SHIP_REPLACEMENT", "ATTACH");

        // The new watch goes out, at the store's cost.
        String newSerial = serial();
        JsonNode replaced = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Aras Kargo", "serialNumbers": ["%s"]}""".formatted(newSerial), id);
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
        assertThat(strings(replaced.get("replacement").get("serialNumbers"))).containsExactly(newSerial);
        JsonNode shipped = last(replaced.get("timeline"));
        assertThat(clauseIds(shipped.get("clauses"))).containsExactly("DLV-4");
        assertThat(shipped.get("details").get("payer").asString()).isEqualTo("STORE");
        assertThat(timelineKinds(replaced)).containsExactly("CASE_OPENED", "PHOTOS_REQUESTED", "ATTACHMENT_ADDED", "EXAMINED",
                "RETURN_SHIPMENT_ARRANGED", "PICKED_UP", "GOODS_RECEIVED", "REPLACEMENT_SHIPPED");
        assertThat(strings(replaced.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("photos never arriving: the reminder clock is overdue and the case is in the overdue queue; a reminder restarts it; the examination without photos still decides (customer caused: rejected)")
    void photosNeverArrive() throws Exception {
        Instant now = Instant.now();
        String order = story.putOrder("DLV4", Payment.card("WORLD", 1), now.minus(6, DAYS), Line.watch("1", serial(), "4250.00"));
        Instant calledAt = now.minus(4, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id = story.openDelivery("DEFECT_AFTER_DELIVERY", order, calledAt, "", "1").get("id").asString();

        // Four days and no photos: past the three-day reminder.
        JsonNode waiting = story.read(id);
        JsonNode photos = deadline(waiting, "PHOTOS");
        assertThat(instantOf(photos.get("due"))).isEqualTo(calledAt.plus(PHOTO_REMINDER)).isBefore(now);
        assertThat(photos.get("met").isNull()).isTrue();
        assertThat(photos.get("overdue").asBoolean()).isTrue();
        JsonNode queued = queueEntry("overdue=true&type=DEFECT_AFTER_DELIVERY", id);
        assertThat(queued).as("the case is in the overdue queue").isNotNull();
        assertThat(queued.get("status").asString()).isEqualTo("AWAITING_PHOTOS");
        assertThat(queued.get("nextDeadline").get("kind").asString()).isEqualTo("PHOTOS");
        assertThat(queued.get("nextDeadline").get("clause").asString()).isEqualTo("DLV-4");
        assertThat(queued.get("nextDeadline").get("overdue").asBoolean()).isTrue();

        // The agent reminds him: the clock restarts from now, and the case leaves the overdue queue.
        JsonNode reminded = story.post(201, Role.AGENT, "/api/v1/cases/{id}/photo-requests", null, id);
        assertThat(reminded.get("delivery").get("photoRequests").asInt()).isEqualTo(2);
        assertThat(deadline(reminded, "PHOTOS").get("overdue").asBoolean()).isFalse();
        assertThat(queueEntry("overdue=true&type=DEFECT_AFTER_DELIVERY", id)).isNull();

        // Still nothing; the technical service examines the watch itself (DLV-4: photos "may" be asked for, they are not
        // a condition) and finds a knock the customer caused: rejected by DLV-4. The photo clock closes unmet.
        JsonNode examined = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/examination", """
                {"customerCaused": true, "notes": "Dent on the case consistent with a drop"}""", id);
        assertThat(examined.get("status").asString()).isEqualTo("REJECTED");
        assertThat(examined.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(examined.get("decision").get("clauses"))).containsExactly("DLV-4");
        assertThat(examined.get("decision").get("reasonKey").asString()).isEqualTo("delivery.defect.customerCaused");
        assertThat(examined.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(examined.get("delivery").get("customerCaused").asBoolean()).isTrue();
        assertThat(last(examined.get("timeline")).get("details").get("photos").asBoolean()).isFalse();
        JsonNode closedClock = deadline(examined, "PHOTOS");
        assertThat(closedClock.get("met").asBoolean()).isFalse();
        assertThat(closedClock.get("overdue").asBoolean()).isFalse();
        assertThat(strings(examined.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("photos that arrive after the reminder was due: the photo clock shows them late, and the examination does not rewrite that")
    void latePhotosStayLate() throws Exception {
        Instant now = Instant.now();
        String order = story.putOrder("DLV4", Payment.card("WORLD", 1), now.minus(6, DAYS), Line.watch("1", serial(), "4250.00"));
        String id = story.openDelivery("DEFECT_AFTER_DELIVERY", order, now.minus(4, DAYS), "", "1").get("id").asString();

        story.attachPhoto(id);
        assertThat(deadline(story.read(id), "PHOTOS").get("met").asBoolean()).as("the photos came after the reminder was due").isFalse();

        JsonNode examined = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/examination", "{\"customerCaused\": false}", id);
        assertThat(examined.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(last(examined.get("timeline")).get("details").get("photos").asBoolean()).isTrue();
        assertThat(deadline(examined, "PHOTOS").get("met").asBoolean()).as("still late after the examination").isFalse();
    }

    @Test
    @DisplayName("reported 20 days after delivery: not refused (DLV-4 sets no limit), but the warranty is suggested and the decision cites RET-1")
    void afterTheReturnWindowSuggestsWarranty() throws Exception {
        Instant now = Instant.now();
        String order = story.putOrder("DLV4", Payment.card("WORLD", 1), now.minus(20, DAYS), Line.watch("1", serial(), "4250.00"));
        JsonNode opened = story.openDelivery("DEFECT_AFTER_DELIVERY", order, now.minus(1, HOURS), "", "1");
        String id = opened.get("id").asString();

        assertThat(opened.get("status").asString()).isEqualTo("AWAITING_PHOTOS");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("RET-1");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-4");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.defect.photosRequestedWarrantySuggested");
        JsonNode openedEvent = opened.get("timeline").get(0);
        assertThat(openedEvent.get("details").get("suggestWarranty").asBoolean()).isTrue();
        assertThat(clauseIds(openedEvent.get("clauses"))).containsExactly("RET-1");
        assertThat(strings(opened.get("allowedActions"))).contains("EXAMINE", "REQUEST_PHOTOS");

        // The agent goes on with DLV-4 anyway: the examination decides as it would inside the window.
        JsonNode examined = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/examination", "{\"customerCaused\": false}", id);
        assertThat(examined.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(examined.get("decision").get("clauses"))).containsExactlyInAnyOrder("DLV-4", "GEN-4");
    }

    @Test
    @DisplayName("a company's unit back without the company's return invoice: the receipt is pending on DLV-2 and no replacement ships until the invoice comes")
    void companyOrderWithoutItsReturnInvoice() throws Exception {
        Instant now = Instant.now();
        String order = story.putOrder("DLV4", Payment.bankTransfer(), now.minus(4, DAYS), Invoice.company(),
                Line.watch("1", serial(), "4250.00"));
        String id = story.openDelivery("DEFECT_AFTER_DELIVERY", order, now.minus(3, DAYS), "", "1").get("id").asString();
        story.attachPhoto(id);
        story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/examination", "{\"customerCaused\": false}", id);
        String shipment = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Yurtiçi Kargo", "storeArranged": true}""", id).get("shipments").get(0).get("id").asString();
        story.post(200, Role.AGENT, "/api/v1/cases/{id}/shipments/{s}/pickup", null, id, shipment);

        // The unit arrives with the signed form and the original invoice, but not the company's return invoice.
        JsonNode received = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt", """
                {"packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}""", id);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        JsonNode receipt = received.get("receipt").get("decision");
        assertThat(receipt.get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(receipt.get("stillToCheck"))).containsExactly("DLV-2");
        assertThat(receipt.get("reasonKey").asString()).isEqualTo("return.receipt.companyReturnInvoiceMissing");
        assertThat(strings(last(received.get("timeline")).get("details").get("missingDocuments"))).containsExactly("COMPANY_RETURN_INVOICE");
        assertThat(strings(received.get("allowedActions"))).contains("UPDATE_DOCUMENTS").doesNotContain("SHIP_REPLACEMENT");

        // No exchange without it (DLV-2): the replacement is refused, naming the state and what is allowed.
        JsonNode refused = expect(409, story.call(Role.AGENT, null, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Yurtiçi Kargo", "serialNumbers": ["%s"]}""".formatted(serial()), id));
        assertThat(refused.get("detail").asString()).contains("is RECEIVED", "SHIP_REPLACEMENT is not allowed now", "UPDATE_DOCUMENTS");
        assertThat(story.read(id).get("replacement").isNull()).isTrue();

        // The company's return invoice comes: the papers are complete, and the replacement ships.
        JsonNode documents = story.post(200, Role.AGENT, "/api/v1/cases/{id}/receipt/documents", """
                {"signedReturnForm": true, "originalInvoice": true, "companyReturnInvoice": true}""", id);
        assertThat(documents.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(documents.get("receipt").get("companyReturnInvoice").asBoolean()).isTrue();
        assertThat(documents.get("receipt").get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(documents.get("receipt").get("decision").get("clauses"))).contains("DLV-2", "GEN-4");
        JsonNode updated = last(documents.get("timeline"));
        assertThat(updated.get("kind").asString()).isEqualTo("DOCUMENTS_UPDATED");
        assertThat(clauseIds(updated.get("clauses"))).contains("DLV-2");
        assertThat(strings(documents.get("allowedActions"))).contains("SHIP_REPLACEMENT").doesNotContain("UPDATE_DOCUMENTS");

        JsonNode replaced = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Yurtiçi Kargo", "serialNumbers": ["%s"]}""".formatted(serial()), id);
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
        assertThat(clauseIds(last(replaced.get("timeline")).get("clauses"))).containsExactly("DLV-4");
    }

    /** This case's entry in the work queue with this query, following every page; null when it is not there. */
    private JsonNode queueEntry(String query, String caseId) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            JsonNode answer = expect(200, story.getAs(Role.AGENT, "/api/v1/cases?limit=200&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            answer.get("cases").forEach(entries::add);
            if (answer.get("next").isNull()) {
                return entries.stream().filter(entry -> entry.get("id").asString().equals(caseId)).findFirst().orElse(null);
            }
            cursor = answer.get("next").asString();
        }
        throw new AssertionError("the queue never ended");
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID();
    }
}
