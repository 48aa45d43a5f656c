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
 * DLV-5 through the real API and database: a missing item is noted on the delivery before signing
 * for the rest. Noted, the store ships it at once; not noted, it is not lost, the store investigates
 * and an agent decides.
 */
@IntegrationTest
@DisplayName("Story: an item missing from the delivery (DLV-5)")
class MissingItemStoryTest {

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
    @DisplayName("noted on the delivery: accepted at once, the missing strap shipped at the store's cost; nothing travels back")
    void notedShortageIsShippedAtOnce() throws Exception {
        // Zeynep's parcel held the watch but not the second strap; she had the courier write it on the delivery note.
        String order = orderOfWatchAndStrap();
        JsonNode opened = story.openDelivery("MISSING_ITEM", order, Instant.now().minus(1, HOURS), "\"notedOnDelivery\": true", "2");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-5");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.missing.noted");
        assertThat(opened.get("delivery").get("notedOnDelivery").asBoolean()).isTrue();
        assertThat(opened.get("items")).hasSize(1);
        assertThat(opened.get("items").get(0).get("lineId").asString()).isEqualTo("2");
        JsonNode openedEvent = opened.get("timeline").get(0);
        assertThat(clauseIds(openedEvent.get("clauses"))).containsExactly("DLV-5");
        assertThat(openedEvent.get("details").has("deliveryRemarks")).isTrue();
        assertThat(strings(opened.get("allowedActions"))).containsExactlyInAnyOrder("SHIP_REPLACEMENT", "ATTACH");

        // A strap has no serial number: the missing item ships with none.
        JsonNode shipped = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Yurtiçi Kargo", "trackingNumber": "YK-%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8)), id);
        assertThat(shipped.get("status").asString()).isEqualTo("REPLACED");
        assertThat(shipped.get("replacement").get("carrier").asString()).isEqualTo("Yurtiçi Kargo");
        assertThat(shipped.get("replacement").get("serialNumbers")).isEmpty();
        JsonNode event = last(shipped.get("timeline"));
        assertThat(event.get("kind").asString()).isEqualTo("REPLACEMENT_SHIPPED");
        assertThat(clauseIds(event.get("clauses"))).containsExactly("DLV-5");
        assertThat(event.get("details").get("payer").asString()).isEqualTo("STORE");
        assertThat(shipped.get("shipments")).as("nothing came back").isEmpty();
        assertThat(timelineKinds(shipped)).containsExactly("CASE_OPENED", "REPLACEMENT_SHIPPED");
        assertThat(strings(shipped.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("not noted: pending on DLV-5 while the store investigates; the agent upholds it, accepted, and the item ships")
    void notNotedButUpheld() throws Exception {
        String order = orderOfWatchAndStrap();
        JsonNode opened = story.openDelivery("MISSING_ITEM", order, Instant.now().minus(1, HOURS), "\"notedOnDelivery\": false", "2");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-5");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.missing.investigating");
        assertThat(strings(opened.get("allowedActions"))).containsExactlyInAnyOrder("DECIDE", "CANCEL", "ATTACH")
                .doesNotContain("SHIP_REPLACEMENT");

        // The warehouse's packing video shows the strap never went in: the agent upholds the claim.
        JsonNode decided = story.post(201, Role.AGENT, "/api/v1/cases/{id}/decision", """
                {"upheld": true, "note": "Packing video: strap not put in the parcel"}""", id);
        assertThat(decided.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(decided.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(decided.get("decision").get("clauses"))).containsExactly("DLV-5");
        assertThat(decided.get("decision").get("reasonKey").asString()).isEqualTo("delivery.missing.confirmed");
        assertThat(decided.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        JsonNode investigation = decided.get("delivery").get("investigation");
        assertThat(investigation.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(investigation.get("clauses"))).containsExactly("DLV-5");
        assertThat(decided.get("delivery").get("decidedBy").asString()).startsWith(CaseStoryFixture.AGENT_PREFIX);
        JsonNode event = last(decided.get("timeline"));
        assertThat(event.get("kind").asString()).isEqualTo("INVESTIGATION_DECIDED");
        assertThat(clauseIds(event.get("clauses"))).containsExactly("DLV-5");
        assertThat(event.get("details").get("upheld").asBoolean()).isTrue();
        assertThat(event.get("details").get("note").asString()).contains("Packing video");
        assertThat(strings(decided.get("allowedActions"))).containsExactlyInAnyOrder("SHIP_REPLACEMENT", "ATTACH");

        JsonNode shipped = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", "{\"carrier\": \"Aras Kargo\"}", id);
        assertThat(shipped.get("status").asString()).isEqualTo("REPLACED");
        assertThat(clauseIds(last(shipped.get("timeline")).get("clauses"))).containsExactly("DLV-5");
    }

    @Test
    @DisplayName("not noted and the investigation does not confirm it: rejected citing DLV-5, nothing ships")
    void notNotedAndNotUpheld() throws Exception {
        String order = orderOfWatchAndStrap();
        String id = story.openDelivery("MISSING_ITEM", order, Instant.now().minus(1, HOURS), "\"notedOnDelivery\": false", "2")
                .get("id").asString();

        JsonNode decided = story.post(201, Role.AGENT, "/api/v1/cases/{id}/decision", """
                {"upheld": false, "note": "Parcel weight at hand-over matches the full order"}""", id);
        assertThat(decided.get("status").asString()).isEqualTo("REJECTED");
        assertThat(decided.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(decided.get("decision").get("clauses"))).containsExactly("DLV-5");
        assertThat(decided.get("decision").get("reasonKey").asString()).isEqualTo("delivery.missing.notConfirmed");
        assertThat(decided.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(last(decided.get("timeline")).get("details").get("upheld").asBoolean()).isFalse();
        assertThat(strings(decided.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("whether it was noted is not known yet: pending on DLV-5 until an agent decides, never refused for want of the note")
    void unknownNoteWaitsForTheAgent() throws Exception {
        String order = orderOfWatchAndStrap();
        JsonNode opened = story.openDelivery("MISSING_ITEM", order, Instant.now().minus(1, HOURS), "", "2");
        assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-5");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.missing.noteToConfirm");
        assertThat(opened.get("delivery").get("notedOnDelivery").isNull()).isTrue();
        assertThat(strings(opened.get("allowedActions"))).contains("DECIDE");
    }

    /** A watch and a strap, delivered two days ago. */
    private String orderOfWatchAndStrap() throws Exception {
        return story.putOrder("DLV5", Payment.card("WORLD", 1), Instant.now().minus(2, DAYS),
                Line.watch("1", "SN-" + UUID.randomUUID(), "4250.00"), Line.strap("2", "99.95"));
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
