package com.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.support.ApiTokens;
import com.aftercare.webhooks.internal.CaseEventWebhooks;
import com.aftercare.webhooks.internal.WebhookDispatcher;
import com.aftercare.webhooks.internal.WebhookSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One case's deliveries to one endpoint go out in the order of their events, whatever fails, whatever order the
 * rows were written in. Rounds are run by the test at the moments it chooses.
 */
@WebhookIntegrationTest
@DisplayName("A receiver gets one case's events in order")
class WebhookOrderPerCaseTest {

    /** A kind no other step of these tests records, so the endpoint hears only this test's events. */
    private static final String KIND = "LOANER_RETURNED";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    WebhookSettings settings;
    @Autowired
    CaseEventWebhooks listener;

    private WebhookFixture fixture;
    private Receiver receiver;
    private String webhookId;

    @BeforeEach
    void stage() throws Exception {
        fixture = new WebhookFixture(mvc, tokens);
        receiver = new Receiver();
        webhookId = fixture.register(receiver.url(), KIND).get("webhook").get("id").asString();
    }

    @AfterEach
    void cleanUp() throws Exception {
        fixture.removeRegistered();
        receiver.close();
    }

    private List<Long> receivedEventIds() {
        return receiver.requests().stream().map(request -> WebhookFixture.json(request.body()).get("id").asLong()).toList();
    }

    private List<String> statusesOf(UUID caseId) {
        return jdbc.sql("select status from webhook_delivery where endpoint_id = ?::uuid and case_id = ? order by event_id")
                .params(webhookId, caseId).query(String.class).list();
    }

    @Test
    @DisplayName("while the first event fails, the second and third wait; once it is delivered they follow, in order")
    void laterEventsWaitForAFailingOne() {
        receiver.answering(500);
        UUID caseId = UUID.randomUUID();
        long first = SyntheticEvents.reserve(3);
        for (long id = first; id < first + 3; id++) {
            listener.enqueue(SyntheticEvents.of(caseId, id, KIND, clock.instant()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS).plusMillis(1);

        dispatcher.dispatchDue(now);
        assertThat(receivedEventIds()).containsExactly(first);
        assertThat(statusesOf(caseId)).containsExactly("PENDING", "PENDING", "PENDING");

        dispatcher.dispatchDue(now.plus(settings.backoffBase()).minusSeconds(1));
        assertThat(receivedEventIds()).as("the first is not due yet, and the others wait for it").containsExactly(first);

        dispatcher.dispatchDue(now.plus(settings.backoffBase()));
        assertThat(receivedEventIds()).containsExactly(first, first, first + 1, first + 2);
        assertThat(statusesOf(caseId)).containsExactly("DELIVERED", "DELIVERED", "DELIVERED");
    }

    @Test
    @DisplayName("three events due at once go out in event order, though their rows were written last first and fell due last first")
    void dueTogetherGoInEventOrder() {
        UUID caseId = UUID.randomUUID();
        long first = SyntheticEvents.reserve(3);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (int i = 2; i >= 0; i--) {
            // The third event's row first and due earliest: claiming by due time alone would send it first.
            Instant due = now.minusSeconds(10L * (3 - i));
            jdbc.sql("""
                    insert into webhook_delivery (id, endpoint_id, event_id, case_id, kind, payload, status, attempts,
                                                  next_attempt_at, created_at)
                    values (gen_random_uuid(), ?::uuid, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                    .params(webhookId, first + i, caseId, KIND, "{\"id\": " + (first + i) + "}", Timestamp.from(due), Timestamp.from(due))
                    .update();
        }

        dispatcher.dispatchDue(now);

        assertThat(receivedEventIds()).containsExactly(first, first + 1, first + 2);
    }

    @Test
    @DisplayName("one claimed by another dispatcher (leased, still PENDING) holds back the later ones; one given up as FAILED does not")
    void leasedBlocksFailedDoesNot() {
        UUID caseId = UUID.randomUUID();
        long first = SyntheticEvents.reserve(3);
        for (long id = first; id < first + 3; id++) {
            listener.enqueue(SyntheticEvents.of(caseId, id, KIND, clock.instant()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS).plusMillis(1);
        // Another instance holds the first one: it is PENDING, due again only when its lease runs out.
        jdbc.sql("update webhook_delivery set claim_token = gen_random_uuid(), next_attempt_at = ? where endpoint_id = ?::uuid and event_id = ?")
                .params(Timestamp.from(now.plus(settings.lease())), webhookId, first).update();

        dispatcher.dispatchDue(now);
        assertThat(receivedEventIds()).isEmpty();

        jdbc.sql("update webhook_delivery set status = 'FAILED', claim_token = null, next_attempt_at = null where endpoint_id = ?::uuid and event_id = ?")
                .params(webhookId, first).update();
        dispatcher.dispatchDue(now);
        assertThat(receivedEventIds()).containsExactly(first + 1, first + 2);
    }

    @Test
    @DisplayName("another case's events are not held back by this one's failing event")
    void otherCasesGoOn() {
        receiver.answering(500);
        UUID failing = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        long first = SyntheticEvents.reserve(2);
        listener.enqueue(SyntheticEvents.of(failing, first, KIND, clock.instant()));
        dispatcher.dispatchDue(clock.instant());

        listener.enqueue(SyntheticEvents.of(other, first + 1, KIND, clock.instant()));
        dispatcher.dispatchDue(clock.instant());

        assertThat(receivedEventIds()).containsExactly(first, first + 1);
    }
}
