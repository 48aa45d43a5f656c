package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.AGENT_PREFIX;
import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The RETURNs that end with the goods going back to the customer: a device found paired (RET-3), a
 * box that came back damaged (GEN-1, GEN-2), and who pays for the way back (RET-5).
 */
@IntegrationTest
@DisplayName("Story: a RETURN refused, and the goods sent back")
class ReturnRefusalStoryTest {

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
    @DisplayName("a smart watch found paired with a phone is refused (RET-3), its refund clock removed, and it is sent back")
    void pairedSmartWatchRefusedAndSentBack() throws Exception {
        // Can's smart watch arrived four days ago; he asks on the web site to return it, and a pickup is booked.
        String id = smartWatchReceivedAtTheStore("PAIRED");
        // The refund clock (RET-6) started when the parcel arrived.
        assertThat(deadline(story.read(id), "REFUND")).isNotNull();

        // The technical service finds it paired with a phone: legally second-hand, it cannot be returned.
        JsonNode inspected = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/inspections", """
                {"lineId": "1", "used": true, "dataTransferred": false, "paired": true, "hygieneSealOpened": false,
                 "notes": "Paired with an Android phone; step history present"}""", id);
        assertThat(inspected.get("status").asString()).isEqualTo("REFUSED");
        JsonNode item = inspected.get("items").get(0).get("decision");
        assertThat(item.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(item.get("clauses"))).contains("RET-3", "RET-4");
        assertThat(inspected.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(inspected.get("decision").get("clauses"))).contains("RET-3");
        // Nothing will be refunded, so no refund clock runs any more.
        assertThat(deadline(inspected, "REFUND")).isNull();
        assertThat(strings(inspected.get("allowedActions"))).contains("SEND_BACK").doesNotContain("ISSUE_REFUND");

        // The agent sends the watch back to him.
        JsonNode sentBack = story.post(201, Role.AGENT, "/api/v1/cases/{id}/send-back", """
                {"carrier": "Aras Kargo", "trackingNumber": "ARS-123456"}""", id);
        assertThat(sentBack.get("status").asString()).isEqualTo("SENT_BACK");
        JsonNode back = sentBack.get("shipments").get(1);
        assertThat(back.get("direction").asString()).isEqualTo("TO_CUSTOMER");
        assertThat(back.get("trackingNumber").asString()).isEqualTo("ARS-123456");
        assertThat(timelineKinds(sentBack)).endsWith("ITEM_INSPECTED", "SENT_BACK");
        assertThat(sentBack.get("timeline").get(sentBack.get("timeline").size() - 1).get("actor").asString()).startsWith(AGENT_PREFIX);
        // A case whose goods went back is closed: nothing but attachments any more.
        assertThat(strings(sentBack.get("allowedActions"))).containsExactly("ATTACH");
        story.post(409, Role.AGENT, "/api/v1/cases/{id}/send-back", "{\"carrier\": \"Aras Kargo\"}", id);
    }

    @Test
    @DisplayName("RET-5: nothing wrong found and shown with a photo, the way back is the customer's to pay")
    void noFaultShownWithEvidenceCustomerPaysTheWayBack() throws Exception {
        String id = smartWatchReceivedAtTheStore("RET5-EVIDENCE");
        // The technician photographs the bench test that shows nothing is wrong with the watch...
        String photo = story.attachPhoto(id);
        // ...and records the inspection with that photo as the evidence shown to the customer.
        JsonNode inspected = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/inspections", """
                {"lineId": "1", "used": true, "dataTransferred": false, "paired": true, "hygieneSealOpened": false,
                 "noFaultFound": true, "evidence": ["%s"]}""".formatted(photo), id);
        assertThat(inspected.get("status").asString()).isEqualTo("REFUSED");
        assertThat(strings(inspected.get("inspections").get(0).get("evidence"))).containsExactly(photo);

        // The store paid the first shipment; this second one of the unit is the customer's (RET-5).
        JsonNode sentBack = story.post(201, Role.AGENT, "/api/v1/cases/{id}/send-back", "{\"carrier\": \"Aras Kargo\"}", id);
        JsonNode back = sentBack.get("shipments").get(1);
        assertThat(back.get("direction").asString()).isEqualTo("TO_CUSTOMER");
        assertThat(back.get("payer").asString()).isEqualTo("CUSTOMER");
        assertThat(clauseIds(back.get("clauses"))).containsExactly("RET-5");
        assertThat(sentBack.get("shipments").get(0).get("payer").asString()).isEqualTo("STORE");
    }

    @Test
    @DisplayName("RET-5: nothing wrong found but no photo or video shown, the way back stays the store's")
    void noFaultWithoutEvidenceStorePaysTheWayBack() throws Exception {
        String id = smartWatchReceivedAtTheStore("RET5-NOEVIDENCE");
        story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/inspections", """
                {"lineId": "1", "used": true, "dataTransferred": false, "paired": true, "hygieneSealOpened": false,
                 "noFaultFound": true, "evidence": []}""", id);

        JsonNode sentBack = story.post(201, Role.AGENT, "/api/v1/cases/{id}/send-back", "{\"carrier\": \"Aras Kargo\"}", id);
        JsonNode back = sentBack.get("shipments").get(1);
        assertThat(back.get("payer").asString()).isEqualTo("STORE");
        assertThat(clauseIds(back.get("clauses"))).contains("RET-5");
    }

    @Test
    @DisplayName("a box that comes back damaged is refused at receipt (GEN-1, GEN-2): no refund clock, the goods go back")
    void damagedBoxRefusedAtReceipt() throws Exception {
        // Zeynep returns her watch; it arrives in a crushed box.
        Instant now = Instant.now();
        String order = story.putOrder("BOX", Payment.card("WORLD", 1), now.minus(3, DAYS),
                Line.watch("1", "SN-" + UUID.randomUUID(), "2999.00"));
        String id = story.openReturn(order, "EMAIL", now.minus(1, DAYS), "1").get("id").asString();

        JsonNode received = story.post(201, Role.AGENT, "/api/v1/cases/{id}/receipt", """
                {"packaging": "DAMAGED", "signedReturnForm": true, "originalInvoice": true, "notes": "Box crushed at one corner"}""", id);
        assertThat(received.get("status").asString()).isEqualTo("REFUSED");
        JsonNode receipt = received.get("receipt").get("decision");
        assertThat(receipt.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(receipt.get("reasonKey").asString()).isEqualTo("return.receipt.packagingDamaged");
        assertThat(clauseIds(receipt.get("clauses"))).containsExactlyInAnyOrder("GEN-1", "GEN-2");
        assertThat(received.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(received.get("decision").get("clauses"))).contains("GEN-1", "GEN-2");
        assertThat(received.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(deadline(received, "REFUND")).isNull();
        assertThat(strings(received.get("allowedActions"))).contains("SEND_BACK").doesNotContain("INSPECT", "ISSUE_REFUND");

        JsonNode sentBack = story.post(201, Role.AGENT, "/api/v1/cases/{id}/send-back", "{\"carrier\": \"Yurtiçi Kargo\"}", id);
        assertThat(sentBack.get("status").asString()).isEqualTo("SENT_BACK");
    }

    /** A smart watch delivered four days ago, asked back on the web, picked up by the store's carrier and received intact. */
    private String smartWatchReceivedAtTheStore(String prefix) throws Exception {
        Instant now = Instant.now();
        String order = story.putOrder(prefix, Payment.card("WORLD", 2), now.minus(4, DAYS),
                Line.smartWatch("1", "SW-" + UUID.randomUUID(), "6499.00"));
        String id = story.openReturn(order, "WEB", null, "1").get("id").asString();
        JsonNode arranged = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Aras Kargo", "storeArranged": true}""", id);
        assertThat(arranged.get("shipments").get(0).get("payer").asString()).isEqualTo("STORE");
        story.post(200, Role.AGENT, "/api/v1/cases/{id}/shipments/{s}/pickup", null, id,
                arranged.get("shipments").get(0).get("id").asString());
        JsonNode received = story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt", """
                {"packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}""", id);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        return id;
    }
}
