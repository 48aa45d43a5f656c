package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
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
 * DLV-6 through the real API and database: a wrong item is refused and the refusal written on the
 * delivery note. Refused, it never reached the customer and only the right item ships; accepted
 * without a note, an agent decides, and the wrong item's way back runs beside the right item's
 * shipment, in either order, at the store's cost.
 */
@IntegrationTest
@DisplayName("Story: the wrong item delivered (DLV-6)")
class WrongItemStoryTest {

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
    @DisplayName("refused at the door and noted: accepted at once, the right item ships; no way back is offered, nothing is with the customer")
    void refusedAndNotedShipsTheRightItem() throws Exception {
        String order = orderOfOneWatch();
        JsonNode opened = story.openDelivery("WRONG_ITEM", order, Instant.now().minus(1, HOURS), """
                "refusedAtDoor": true, "notedOnDelivery": true""", "1");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-6");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.wrongItem.refused");
        assertThat(strings(opened.get("allowedActions"))).containsExactlyInAnyOrder("SHIP_REPLACEMENT", "ATTACH")
                .doesNotContain("ARRANGE_RETURN_SHIPMENT", "RECORD_RECEIPT");

        String right = serial();
        JsonNode shipped = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Yurtiçi Kargo", "serialNumbers": ["%s"]}""".formatted(right), id);
        assertThat(shipped.get("status").asString()).isEqualTo("REPLACED");
        assertThat(strings(shipped.get("replacement").get("serialNumbers"))).containsExactly(right);
        JsonNode event = last(shipped.get("timeline"));
        assertThat(clauseIds(event.get("clauses"))).containsExactly("DLV-6");
        assertThat(event.get("details").get("payer").asString()).isEqualTo("STORE");
        assertThat(strings(shipped.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("accepted without a note, the agent upholds it: the right item ships first, then the wrong one comes back at the store's cost")
    void upheldRightItemFirstThenWayBack() throws Exception {
        String id = upheldCase();

        JsonNode shipped = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Aras Kargo", "serialNumbers": ["%s"]}""".formatted(serial()), id);
        assertThat(shipped.get("status").asString()).isEqualTo("REPLACED");
        assertThat(clauseIds(last(shipped.get("timeline")).get("clauses"))).containsExactly("DLV-6");
        // The wrong item is still with the customer: its way back stays open after the replacement.
        assertThat(strings(shipped.get("allowedActions"))).containsExactlyInAnyOrder("ARRANGE_RETURN_SHIPMENT", "RECORD_RECEIPT", "ATTACH");

        JsonNode back = wayBack(id);
        assertThat(back.get("status").asString()).as("the way back does not move a replaced case").isEqualTo("REPLACED");
        assertThat(timelineKinds(back)).containsExactly("CASE_OPENED", "INVESTIGATION_DECIDED", "REPLACEMENT_SHIPPED",
                "RETURN_SHIPMENT_ARRANGED", "PICKED_UP", "GOODS_RECEIVED");
        assertThat(strings(back.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("accepted without a note, the agent upholds it: the wrong one comes back first, then the right item ships")
    void upheldWayBackFirstThenRightItem() throws Exception {
        String id = upheldCase();

        JsonNode back = wayBack(id);
        assertThat(back.get("status").asString()).as("the right item is still owed").isEqualTo("ACCEPTED");
        assertThat(strings(back.get("allowedActions"))).containsExactlyInAnyOrder("SHIP_REPLACEMENT", "ATTACH");

        JsonNode shipped = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Aras Kargo", "serialNumbers": ["%s"]}""".formatted(serial()), id);
        assertThat(shipped.get("status").asString()).isEqualTo("REPLACED");
        assertThat(timelineKinds(shipped)).containsExactly("CASE_OPENED", "INVESTIGATION_DECIDED", "RETURN_SHIPMENT_ARRANGED",
                "PICKED_UP", "GOODS_RECEIVED", "REPLACEMENT_SHIPPED");
        assertThat(strings(shipped.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("accepted without a note, and the agent finds it is the item ordered: rejected citing DLV-6")
    void notUpheldIsRejected() throws Exception {
        String order = orderOfOneWatch();
        String id = story.openDelivery("WRONG_ITEM", order, Instant.now().minus(1, HOURS), """
                "refusedAtDoor": false, "notedOnDelivery": false""", "1").get("id").asString();

        JsonNode decided = story.post(201, Role.AGENT, "/api/v1/cases/{id}/decision", """
                {"upheld": false, "note": "The reference on the caseback matches the order"}""", id);
        assertThat(decided.get("status").asString()).isEqualTo("REJECTED");
        assertThat(decided.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(decided.get("decision").get("clauses"))).containsExactly("DLV-6");
        assertThat(decided.get("decision").get("reasonKey").asString()).isEqualTo("delivery.wrongItem.notConfirmed");
        assertThat(clauseIds(last(decided.get("timeline")).get("clauses"))).containsExactly("DLV-6");
        assertThat(strings(decided.get("allowedActions"))).containsExactly("ATTACH");
    }

    /** A wrong item kept without a note, then upheld by the agent: ACCEPTED, both the right item and the way back open. */
    private String upheldCase() throws Exception {
        String order = orderOfOneWatch();
        JsonNode opened = story.openDelivery("WRONG_ITEM", order, Instant.now().minus(1, HOURS), """
                "refusedAtDoor": false, "notedOnDelivery": false""", "1");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-6");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.wrongItem.agentToDecide");
        assertThat(strings(opened.get("allowedActions"))).containsExactlyInAnyOrder("DECIDE", "CANCEL", "ATTACH");

        JsonNode decided = story.post(201, Role.AGENT, "/api/v1/cases/{id}/decision", """
                {"upheld": true, "note": "Customer's photo shows a Casio; the order was a Seiko"}""", id);
        assertThat(decided.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(decided.get("decision").get("clauses"))).containsExactly("DLV-6");
        assertThat(decided.get("decision").get("reasonKey").asString()).isEqualTo("delivery.wrongItem.confirmed");
        JsonNode event = last(decided.get("timeline"));
        assertThat(event.get("kind").asString()).isEqualTo("INVESTIGATION_DECIDED");
        assertThat(clauseIds(event.get("clauses"))).containsExactly("DLV-6");
        assertThat(strings(decided.get("allowedActions")))
                .containsExactlyInAnyOrder("SHIP_REPLACEMENT", "ARRANGE_RETURN_SHIPMENT", "RECORD_RECEIPT", "ATTACH");
        return id;
    }

    /** The wrong item's way back: arranged (the store pays, DLV-6), collected, received. Answers the case after it. */
    private JsonNode wayBack(String id) throws Exception {
        JsonNode arranged = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Yurtiçi Kargo", "storeArranged": true}""", id);
        JsonNode shipment = arranged.get("shipments").get(0);
        assertThat(shipment.get("direction").asString()).isEqualTo("TO_STORE");
        assertThat(shipment.get("payer").asString()).isEqualTo("STORE");
        assertThat(clauseIds(shipment.get("clauses"))).containsExactly("DLV-6");
        JsonNode arrangedEvent = last(arranged.get("timeline"));
        assertThat(arrangedEvent.get("kind").asString()).isEqualTo("RETURN_SHIPMENT_ARRANGED");
        assertThat(clauseIds(arrangedEvent.get("clauses"))).containsExactly("DLV-6");
        assertThat(strings(arranged.get("allowedActions"))).contains("RECORD_PICKUP", "RECORD_RECEIPT").doesNotContain("ARRANGE_RETURN_SHIPMENT");

        JsonNode collected = story.post(200, Role.AGENT, "/api/v1/cases/{id}/shipments/{s}/pickup", "{}", id,
                shipment.get("id").asString());
        assertThat(collected.get("shipments").get(0).get("pickedUpAt").isNull()).isFalse();
        assertThat(strings(collected.get("allowedActions"))).contains("RECORD_RECEIPT").doesNotContain("RECORD_PICKUP");

        JsonNode received = story.post(201, Role.AGENT, "/api/v1/cases/{id}/receipt", """
                {"packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}""", id);
        assertThat(received.get("receipt").get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(received.get("decision").get("outcome").asString()).as("the case's decision stands").isEqualTo("ACCEPTED");
        assertThat(clauseIds(received.get("decision").get("clauses"))).containsExactly("DLV-6");
        return received;
    }

    private String orderOfOneWatch() throws Exception {
        return story.putOrder("DLV6", Payment.card("WORLD", 1), Instant.now().minus(2, DAYS), Line.watch("1", serial(), "4250.00"));
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID();
    }
}
