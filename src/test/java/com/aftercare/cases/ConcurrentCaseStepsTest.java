package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.body;
import static com.aftercare.cases.CaseStoryFixture.json;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * API.md: "two agents acting on one case at once never both win". Two agents press a button on the
 * same case at the same moment; the case's version decides, and the loser is told (409), or, when
 * they sent the {@code ETag} they saw as {@code If-Match}, that the case changed under them (412).
 */
@IntegrationTest
@DisplayName("Two agents acting on one case at once")
class ConcurrentCaseStepsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    StaffDirectory directory;

    private CaseStoryFixture story;
    private String selin;
    private String burak;
    private String burakToken;

    @BeforeEach
    void twoAgents() {
        story = new CaseStoryFixture(mvc, tokens);
        selin = tokens.bearer(Role.AGENT);
        String username = "agent-burak-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(username, "Burak (customer services)", Set.of(Role.AGENT));
        burak = username;
        burakToken = "Bearer " + directory.issueToken(username, "test");
    }

    @RepeatedTest(3)
    @DisplayName("both cancel at once: exactly one wins, the other hears 409, the timeline has one CANCELLED, the version moved by one")
    void twoCancelsAtOnce() throws Exception {
        JsonNode before = openCase();
        String id = before.get("id").asString();
        int version = before.get("version").asInt();

        List<MvcResult> answers = atTheSameMoment(
                () -> story.callAs(selin, null, "/api/v1/cases/{id}/cancel", "{\"reason\": \"Selin: customer called back\"}", id),
                () -> story.callAs(burakToken, null, "/api/v1/cases/{id}/cancel", "{\"reason\": \"Burak: customer e-mailed\"}", id));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus()).containsExactlyInAnyOrder(200, 409);
        MvcResult loser = answers.stream().filter(answer -> answer.getResponse().getStatus() == 409).findFirst().orElseThrow();
        assertThat(json(loser).get("detail").asString()).isNotBlank();

        JsonNode after = story.read(id);
        assertThat(after.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);
        assertThat(timelineKinds(after)).filteredOn("CANCELLED"::equals).hasSize(1);
        // The event is the winner's, with the winner's own reason.
        JsonNode cancelled = after.get("timeline").get(after.get("timeline").size() - 1);
        MvcResult winner = answers.stream().filter(answer -> answer.getResponse().getStatus() == 200).findFirst().orElseThrow();
        boolean burakWon = winner == answers.get(1);
        assertThat(cancelled.get("actor").asString()).satisfies(actor -> {
            if (burakWon) {
                assertThat(actor).isEqualTo(burak);
            } else {
                assertThat(actor).startsWith(CaseStoryFixture.AGENT_PREFIX);
            }
        });
        assertThat(cancelled.get("details").get("reason").asString()).startsWith(burakWon ? "Burak" : "Selin");
    }

    @RepeatedTest(10)
    @DisplayName("one arranges the pickup while the other cancels, both from the same ETag: exactly one step is recorded")
    void arrangeAndCancelAtOnce() throws Exception {
        JsonNode before = openCase();
        String id = before.get("id").asString();
        int version = before.get("version").asInt();
        String etag = "\"" + version + "\"";

        List<MvcResult> answers = atTheSameMoment(
                () -> story.callAs(selin, etag, "/api/v1/cases/{id}/shipments", """
                        {"carrier": "Yurtiçi Kargo", "storeArranged": true}""", id),
                () -> story.callAs(burakToken, etag, "/api/v1/cases/{id}/cancel", "{\"reason\": \"customer kept it\"}", id));

        List<Integer> statuses = answers.stream().map(answer -> answer.getResponse().getStatus()).toList();
        assertThat(statuses).as(bodies(answers)).filteredOn(status -> status == 200 || status == 201).hasSize(1);
        assertThat(statuses).as(bodies(answers)).filteredOn(status -> status == 409 || status == 412).hasSize(1);

        JsonNode after = story.read(id);
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);
        List<String> steps = timelineKinds(after).stream()
                .filter(kind -> kind.equals("RETURN_SHIPMENT_ARRANGED") || kind.equals("CANCELLED")).toList();
        assertThat(steps).hasSize(1);
        if (steps.getFirst().equals("CANCELLED")) {
            assertThat(after.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(after.get("shipments")).isEmpty();
        } else {
            assertThat(after.get("status").asString()).isEqualTo("AWAITING_GOODS");
            assertThat(after.get("shipments")).hasSize(1);
        }
    }

    @Test
    @DisplayName("If-Match: a stale ETag is a 412 and changes nothing; the current one lets the step through")
    void ifMatch() throws Exception {
        JsonNode opened = openCase();
        String id = opened.get("id").asString();
        MvcResult read = story.getAs(Role.AGENT, "/api/v1/cases/{id}", id);
        String etag = read.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isEqualTo("\"" + opened.get("version").asInt() + "\"");

        // Burak arranges the pickup from the page he loaded...
        MvcResult arranged = story.callAs(burakToken, etag, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Aras Kargo", "storeArranged": true}""", id);
        assertThat(arranged.getResponse().getStatus()).as(body(arranged)).isEqualTo(201);
        String newEtag = arranged.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(newEtag).isNotEqualTo(etag);

        // ...while Selin, looking at the same old page, tries to cancel: the case changed under her.
        MvcResult stale = story.callAs(selin, etag, "/api/v1/cases/{id}/cancel", null, id);
        assertThat(stale.getResponse().getStatus()).as(body(stale)).isEqualTo(412);
        assertThat(json(stale).get("type").asString()).endsWith("/stale-case");
        JsonNode unchanged = story.read(id);
        assertThat(unchanged.get("status").asString()).isEqualTo("AWAITING_GOODS");
        assertThat(timelineKinds(unchanged)).doesNotContain("CANCELLED");

        // She reloads, sees the pickup, and still cancels: with the current ETag the step goes through.
        MvcResult current = story.callAs(selin, newEtag, "/api/v1/cases/{id}/cancel", null, id);
        assertThat(current.getResponse().getStatus()).as(body(current)).isEqualTo(200);
        assertThat(json(current).get("status").asString()).isEqualTo("CANCELLED");
    }

    private JsonNode openCase() throws Exception {
        Instant now = Instant.now();
        String order = story.putOrder("RACE", Payment.card("WORLD", 1), now.minus(3, DAYS),
                Line.watch("1", "SN-" + UUID.randomUUID(), "1999.00"));
        return story.openReturn(order, "PHONE", now.minus(1, DAYS), "1");
    }

    /** Runs both calls on their own threads, released together by one latch; answers in the order given. */
    private static List<MvcResult> atTheSameMoment(Callable<MvcResult> first, Callable<MvcResult> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (Callable<MvcResult> call : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<MvcResult> answers = new ArrayList<>();
            for (Future<MvcResult> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String bodies(List<MvcResult> answers) {
        StringBuilder text = new StringBuilder();
        for (MvcResult answer : answers) {
            try {
                text.append(answer.getResponse().getStatus()).append(' ').append(body(answer)).append('\n');
            } catch (java.io.IOException e) {
                text.append(e);
            }
        }
        return text.toString();
    }
}
