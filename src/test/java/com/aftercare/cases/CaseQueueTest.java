package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.expect;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.moment;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The work queue ({@code GET /api/v1/cases}): soonest deadline first, late ones marked, closed cases
 * only when asked for, pages that visit every case once. The database is shared with every other
 * integration test, so each assertion looks at this test's own cases among whatever else is there.
 */
@IntegrationTest
@DisplayName("The work queue of cases")
class CaseQueueTest {

    private static final TurkishCalendar CALENDAR = TurkishCalendar.official();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private CaseStoryFixture story;
    private final Instant now = Instant.now();

    @BeforeEach
    void stage() {
        story = new CaseStoryFixture(mvc, tokens);
    }

    @Test
    @DisplayName("soonest running deadline first; a case whose refund is late shows overdue; cases with no running clock come last")
    void soonestDeadlineFirst() throws Exception {
        String late = receivedDaysAgo(20, Line.watch("1", serial(), "1500.00"));
        String waiting = receivedDaysAgo(1, Line.watch("1", serial(), "1500.00"));
        String noClock = requested();
        String middle = receivedDaysAgo(10, Line.watch("1", serial(), "1500.00"));

        List<JsonNode> queue = mine(everyPage("", 200), Set.of(late, waiting, noClock, middle));
        assertThat(queue).extracting(entry -> entry.get("id").asString()).containsExactly(late, middle, waiting, noClock);

        Map<String, JsonNode> byId = byId(queue);
        assertRefundDue(byId.get(late), 20, true);
        assertRefundDue(byId.get(middle), 10, false);
        assertRefundDue(byId.get(waiting), 1, false);
        assertThat(byId.get(noClock).get("nextDeadline").isNull()).isTrue();
    }

    @Test
    @DisplayName("overdue=true keeps only cases with a clock already past due, each marked overdue")
    void overdueOnly() throws Exception {
        String late = receivedDaysAgo(20, Line.watch("1", serial(), "1500.00"));
        String onTime = receivedDaysAgo(2, Line.watch("1", serial(), "1500.00"));
        String noClock = requested();

        List<JsonNode> overdue = everyPage("overdue=true", 200);
        assertThat(overdue).allSatisfy(entry -> assertThat(entry.get("nextDeadline").get("overdue").asBoolean()).isTrue());
        assertThat(ids(overdue)).contains(late).doesNotContain(onTime, noClock);
        JsonNode entry = byId(overdue).get(late);
        assertThat(entry.get("nextDeadline").get("kind").asString()).isEqualTo("REFUND");
        assertThat(entry.get("nextDeadline").get("clause").asString()).isEqualTo("RET-6");
        assertThat(instantOf(entry.get("nextDeadline").get("due"))).isBefore(now);
    }

    @Test
    @DisplayName("a case whose late refund is issued leaves the overdue queue at once, and is found by its new status")
    void refundedLeavesTheOverdueQueue() throws Exception {
        String late = receivedDaysAgo(20, Line.watch("1", serial(), "1500.00"));
        assertThat(ids(everyPage("overdue=true", 200))).contains(late);

        story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", null, late);

        assertThat(ids(everyPage("overdue=true", 200))).doesNotContain(late);
        assertThat(ids(everyPage("status=REFUNDED", 200))).contains(late);
    }

    @Test
    @DisplayName("filters by type and by status")
    void filtersByTypeAndStatus() throws Exception {
        String received = receivedDaysAgo(1, Line.smartWatch("1", serial(), "5000.00"));
        String accepted = receivedDaysAgo(1, Line.watch("1", serial(), "1500.00"));
        String requested = requested();
        Set<String> all = Set.of(received, accepted, requested);

        assertThat(ids(mine(everyPage("type=RETURN", 200), all))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(ids(mine(everyPage("type=WARRANTY", 200), all))).isEmpty();

        List<JsonNode> receivedQueue = everyPage("status=RECEIVED", 200);
        assertThat(receivedQueue).allSatisfy(entry -> assertThat(entry.get("status").asString()).isEqualTo("RECEIVED"));
        assertThat(ids(mine(receivedQueue, all))).containsExactly(received);
        assertThat(ids(mine(everyPage("status=ACCEPTED&type=RETURN", 200), all))).containsExactly(accepted);
        assertThat(ids(mine(everyPage("status=REQUESTED", 200), all))).containsExactly(requested);
    }

    @Test
    @DisplayName("closed cases (cancelled, rejected) are left out unless their status is asked for")
    void closedOnlyWhenAsked() throws Exception {
        String open = requested();
        String cancelled = requested();
        story.post(200, Role.AGENT, "/api/v1/cases/{id}/cancel", "{\"reason\": \"The customer kept it\"}", cancelled);
        String order = story.putOrder("QUEUE", Payment.card("WORLD", 1), null, Line.watch("1", serial(), "1500.00"));
        String rejected = story.openReturn(order, "WEB", null, "1").get("id").asString();
        Set<String> all = Set.of(open, cancelled, rejected);

        assertThat(ids(mine(everyPage("", 200), all))).containsExactly(open);
        assertThat(ids(mine(everyPage("status=CANCELLED", 200), all))).containsExactly(cancelled);
        assertThat(ids(mine(everyPage("status=REJECTED", 200), all))).containsExactly(rejected);
    }

    @Test
    @DisplayName("pages of 'limit' cases, followed by 'next', visit every case exactly once and in the queue's order")
    void pagingVisitsEveryCaseOnce() throws Exception {
        Set<String> created = Set.of(
                receivedDaysAgo(3, Line.watch("1", serial(), "1500.00")),
                receivedDaysAgo(3, Line.watch("1", serial(), "1500.00")),
                receivedDaysAgo(6, Line.watch("1", serial(), "1500.00")),
                requested(), requested());

        List<JsonNode> paged = everyPage("", 2);
        List<String> pagedIds = ids(paged);
        assertThat(pagedIds).doesNotHaveDuplicates();
        assertThat(pagedIds).containsAll(created);
        assertThat(ids(mine(paged, created))).containsExactlyElementsOf(ids(mine(everyPage("", 200), created)));
    }

    @Test
    @DisplayName("a cursor this service did not give out is a 400 naming 'cursor'")
    void badCursor() throws Exception {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("tomorrow|not-a-uuid".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("%%%not-base64", forged)) {
            JsonNode problem = expect(400, story.getAs(Role.AGENT, "/api/v1/cases?cursor=" + cursor));
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        }
    }

    /** A RETURN of an order delivered 25 days ago, asked 23 days ago, whose goods reached the store {@code days} ago. */
    private String receivedDaysAgo(int days, Line line) throws Exception {
        String order = story.putOrder("QUEUE", Payment.card("WORLD", 1), now.minus(25, DAYS), line);
        String id = story.openReturn(order, "WEB", now.minus(23, DAYS), "1").get("id").asString();
        story.post(201, Role.AGENT, "/api/v1/cases/{id}/receipt", """
                {"receivedAt": "%s", "packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}"""
                .formatted(moment(now.minus(days, DAYS))), id);
        return id;
    }

    /** A RETURN just asked for: its window is met, so no clock is running on it yet. */
    private String requested() throws Exception {
        String order = story.putOrder("QUEUE", Payment.card("WORLD", 1), now.minus(3, DAYS), Line.watch("1", serial(), "1500.00"));
        return story.openReturn(order, "WEB", null, "1").get("id").asString();
    }

    private void assertRefundDue(JsonNode entry, int receivedDaysAgo, boolean overdue) {
        JsonNode next = entry.get("nextDeadline");
        assertThat(next.get("kind").asString()).isEqualTo("REFUND");
        LocalDate receivedOn = now.minus(receivedDaysAgo, DAYS).atZone(TurkishCalendar.ZONE).toLocalDate();
        Instant due = CALENDAR.periodEndOf(receivedOn, 14).lastMoment().toInstant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(instantOf(next.get("due"))).isEqualTo(due);
        assertThat(next.get("overdue").asBoolean()).isEqualTo(overdue);
    }

    /** Every entry of the queue with this query, following 'next' page after page. */
    private List<JsonNode> everyPage(String query, int limit) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            String url = "/api/v1/cases?limit=" + limit + (query.isEmpty() ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode answer = expect(200, story.getAs(Role.AGENT, url));
            assertThat(answer.get("cases").size()).isLessThanOrEqualTo(limit);
            answer.get("cases").forEach(entries::add);
            if (answer.get("next").isNull()) {
                return entries;
            }
            assertThat(answer.get("cases").size()).as("a page with a next page is full").isEqualTo(limit);
            cursor = answer.get("next").asString();
        }
        throw new AssertionError("the queue never ended");
    }

    private static List<JsonNode> mine(List<JsonNode> entries, Set<String> ids) {
        return entries.stream().filter(entry -> ids.contains(entry.get("id").asString())).toList();
    }

    private static List<String> ids(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.get("id").asString()).toList();
    }

    private static Map<String, JsonNode> byId(List<JsonNode> entries) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.put(entry.get("id").asString(), entry));
        return byId;
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID();
    }
}
