package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.WarrantyFixture.istanbulDay;
import static com.aftercare.cases.WarrantyFixture.loanerDue;
import static com.aftercare.cases.WarrantyFixture.repairDue;
import static com.aftercare.cases.WarrantyFixture.serial;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** WAR-5 through the real API and database: the loaner pool, lending and returning, and the loaner clock in the queues. */
@IntegrationTest
@DisplayName("WAR-5: loaners while a repair runs")
class LoanerTest {

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

    private String loaner(String model) throws Exception {
        String serial = "LOAN-" + UUID.randomUUID().toString().substring(0, 13);
        JsonNode added = story.post(201, Role.AGENT, "/api/v1/loaners",
                "{\"serialNumber\": \"" + serial + "\", \"model\": \"" + model + "\"}");
        assertThat(added.get("serialNumber").asString()).isEqualTo(serial);
        assertThat(added.get("lentOnCase").isNull()).isTrue();
        return serial;
    }

    private JsonNode openCase(Instant notifiedAt) throws Exception {
        String unit = serial();
        String order = warranty.deliveredWatch("WLOAN", Instant.now().minus(60, DAYS), unit, "3300.00", false);
        return warranty.open(order, unit, "STOPS", "PHONE", notifiedAt);
    }

    @Test
    @DisplayName("a loaner is lent on one case at a time: the loaner clock is met, another case cannot borrow it until it is returned")
    void lendAndReturn() throws Exception {
        String seiko = loaner("Seiko 5 Sports");
        String spare = loaner("Seiko 5 Sports");
        JsonNode twice = story.post(409, Role.AGENT, "/api/v1/loaners",
                "{\"serialNumber\": \"" + seiko + "\", \"model\": \"Seiko 5 Sports\"}");
        assertThat(twice.get("detail").asString()).contains(seiko);

        JsonNode first = openCase(Instant.now().minus(1, HOURS));
        String firstId = first.get("id").asString();
        JsonNode second = openCase(Instant.now().minus(2, HOURS));
        String secondId = second.get("id").asString();
        assertThat(strings(first.get("allowedActions"))).contains("LEND_LOANER").doesNotContain("RETURN_LOANER");

        JsonNode lent = story.post(201, Role.AGENT, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"" + seiko + "\"}", firstId);
        assertThat(lent.get("warranty").get("loans")).hasSize(1);
        assertThat(lent.get("warranty").get("loans").get(0).get("loanerSerial").asString()).isEqualTo(seiko);
        assertThat(lent.get("warranty").get("loans").get(0).get("returnedAt").isNull()).isTrue();
        JsonNode clock = deadline(lent, "LOANER");
        assertThat(clock.get("met").asBoolean()).isTrue();
        assertThat(instantOf(clock.get("due"))).isEqualTo(loanerDue(instantOf(first.get("requestedAt"))));
        JsonNode event = last(lent.get("timeline"));
        assertThat(event.get("kind").asString()).isEqualTo("LOANER_LENT");
        assertThat(clauseIds(event.get("clauses"))).containsExactly("WAR-5");
        assertThat(strings(lent.get("allowedActions"))).contains("RETURN_LOANER").doesNotContain("LEND_LOANER");

        // The same unit cannot be on two wrists at once.
        JsonNode taken = story.post(409, Role.AGENT, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"" + seiko + "\"}", secondId);
        assertThat(taken.get("detail").asString()).contains(seiko);
        JsonNode unknown = story.post(400, Role.AGENT, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"NOT-IN-POOL-1\"}", secondId);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("serialNumber");
        assertThat(story.read(secondId).get("warranty").get("loans")).isEmpty();

        // The pool shows who has which.
        Map<String, JsonNode> pool = pool();
        assertThat(pool.get(seiko).get("lentOnCase").asString()).isEqualTo(lent.get("reference").asString());
        assertThat(pool.get(spare).get("lentOnCase").isNull()).isTrue();

        // Returned, it is free again, and the second customer can have it.
        JsonNode returned = story.post(200, Role.AGENT, "/api/v1/cases/{id}/loaner/return", null, firstId);
        assertThat(returned.get("warranty").get("loans").get(0).get("returnedAt").isNull()).isFalse();
        assertThat(last(returned.get("timeline")).get("kind").asString()).isEqualTo("LOANER_RETURNED");
        assertThat(strings(returned.get("allowedActions"))).doesNotContain("RETURN_LOANER");
        assertThat(pool().get(seiko).get("lentOnCase").isNull()).isTrue();
        story.post(201, Role.AGENT, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"" + seiko + "\"}", secondId);
        assertThat(pool().get(seiko).get("lentOnCase").asString()).isEqualTo(second.get("reference").asString());
    }

    @Test
    @DisplayName("notified 15 days ago and not repaired: the LOANER clock is overdue in the queue, REPAIR not yet; a loaner settles it")
    void loanerOverdueInTheQueue() throws Exception {
        Instant notifiedAt = Instant.now().minus(15, DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant loanerDue = loanerDue(notifiedAt);
        Instant repairDue = repairDue(notifiedAt);
        // The premise, from the calendar: 10 working days have passed since that day, 20 have not.
        assertThat(loanerDue).as("end of the 10th working day after %s", istanbulDay(notifiedAt)).isBefore(Instant.now());
        assertThat(repairDue).as("end of the 20th working day after %s", istanbulDay(notifiedAt)).isAfter(Instant.now());

        JsonNode opened = openCase(notifiedAt);
        String id = opened.get("id").asString();
        assertThat(deadline(opened, "LOANER").get("overdue").asBoolean()).isTrue();
        assertThat(deadline(opened, "LOANER").get("met").isNull()).isTrue();
        assertThat(deadline(opened, "REPAIR").get("overdue").asBoolean()).isFalse();

        JsonNode entry = overdueEntry(id);
        assertThat(entry).as("case %s in the overdue queue", id).isNotNull();
        assertThat(entry.get("nextDeadline").get("kind").asString()).isEqualTo("LOANER");
        assertThat(entry.get("nextDeadline").get("clause").asString()).isEqualTo("WAR-5");
        assertThat(entry.get("nextDeadline").get("overdue").asBoolean()).isTrue();
        assertThat(instantOf(entry.get("nextDeadline").get("due"))).isEqualTo(loanerDue);

        // The agent lends a unit: the case leaves the overdue queue, its next clock is the repair, still in time.
        story.post(201, Role.AGENT, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"" + loaner("Seiko 5 Sports") + "\"}", id);
        assertThat(overdueEntry(id)).isNull();
        JsonNode after = story.read(id);
        assertThat(deadline(after, "LOANER").get("met").asBoolean()).isTrue();
        assertThat(deadline(after, "REPAIR").get("met").isNull()).isTrue();
    }

    @Test
    @DisplayName("roles: a technician cannot lend a loaner nor add one, an agent cannot diagnose (403)")
    void roles() throws Exception {
        String id = openCase(Instant.now().minus(1, HOURS)).get("id").asString();
        String seiko = loaner("Seiko 5 Sports");
        expect(403, story.call(Role.TECHNICIAN, null, "/api/v1/cases/{id}/loaner", "{\"serialNumber\": \"" + seiko + "\"}", id));
        expect(403, story.call(Role.TECHNICIAN, "/api/v1/loaners", "{\"serialNumber\": \"LOAN-X1\", \"model\": \"Seiko\"}"));
        expect(403, story.call(Role.AGENT, null, "/api/v1/cases/{id}/diagnosis", "{\"cause\": \"MATERIAL\"}", id));
        expect(403, story.getAs(Role.FINANCE, "/api/v1/loaners"));
        JsonNode untouched = story.read(id);
        assertThat(untouched.get("warranty").get("loans")).isEmpty();
        assertThat(untouched.get("status").asString()).isEqualTo("REQUESTED");
    }

    private Map<String, JsonNode> pool() throws Exception {
        Map<String, JsonNode> bySerial = new HashMap<>();
        expect(200, story.getAs(Role.TECHNICIAN, "/api/v1/loaners")).forEach(l -> bySerial.put(l.get("serialNumber").asString(), l));
        return bySerial;
    }

    /** The case's entry in the WARRANTY overdue queue, following every page; null when it is not there. */
    private JsonNode overdueEntry(String id) throws Exception {
        String cursor = null;
        do {
            JsonNode page = expect(200, story.getAs(Role.AGENT, "/api/v1/cases?type=WARRANTY&overdue=true&limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            for (JsonNode entry : page.get("cases")) {
                assertThat(entry.get("nextDeadline").get("overdue").asBoolean()).isTrue();
                if (entry.get("id").asString().equals(id)) {
                    return entry;
                }
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return null;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
