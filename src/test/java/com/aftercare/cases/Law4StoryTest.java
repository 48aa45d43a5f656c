package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.WarrantyFixture.serial;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@DisplayName("Story (LAW-4): the watch fails again after its free repair, and the customer is entitled at once")
class Law4StoryTest {

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
    @DisplayName("repaired free, then a second fault: entitled with no count and no confirmation, citing WAR-8 and LAW-4; she takes the refund")
    void entitledAtOnceAfterAFreeRepair() throws Exception {
        Instant deliveredAt = Instant.now().minus(100, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String unit = serial();
        String order = warranty.deliveredWatch("WLAW4", deliveredAt, unit, "5499.00", false);

        // The first fault: covered, repaired free, sent back.
        String first = warranty.open(order, unit, "STOPS", "PHONE", Instant.now().minus(12, DAYS).truncatedTo(ChronoUnit.SECONDS))
                .get("id").asString();
        warranty.diagnose(first, "MATERIAL");
        warranty.startRepair(first);
        Instant finished = instantOf(warranty.finishRepair(first, "FIXED").get("warranty").get("repairFinishedAt"));
        warranty.sendBack(first);
        assertThat(warranty.ledger(unit).get("entitlement").get("entitled").asBoolean()).isFalse();

        // She calls again, after the repair: a different fault this time.
        Instant call = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        while (!call.isAfter(finished)) {
            Thread.sleep(50);
            call = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        String second = warranty.open(order, unit, "CROWN", "PHONE", call).get("id").asString();
        JsonNode diagnosed = warranty.diagnose(second, "MATERIAL");

        JsonNode entitlement = warranty.ledger(unit).get("entitlement");
        assertThat(entitlement.get("entitled").asBoolean()).isTrue();
        assertThat(entitlement.get("pendingConfirmation").asBoolean()).isFalse();
        assertThat(clauseIds(entitlement.get("clauses"))).containsExactly("WAR-8", "LAW-4");
        assertThat(entitlement.get("reason").asString()).startsWith("LAW-4:").contains("CROWN").contains("STOPS");
        assertThat(strings(diagnosed.get("allowedActions"))).contains("CHOOSE_REMEDY").doesNotContain("CONFIRM_UNUSABLE");

        JsonNode chosen = story.post(200, Role.AGENT, "/api/v1/cases/{id}/remedy", "{\"choice\": \"REFUND\"}", second);
        assertThat(chosen.get("warranty").get("remedyChoice").asString()).isEqualTo("REFUND");
        assertThat(chosen.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(chosen.get("decision").get("clauses"))).contains("WAR-8", "LAW-4");
    }
}
