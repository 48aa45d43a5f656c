package com.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.SampleEvents;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.core.CaseSteps;
import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.webhooks.internal.CaseEventWebhooks;
import com.aftercare.webhooks.internal.WebhookDispatcher;
import com.aftercare.webhooks.internal.WebhookSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Case events reach a real HTTP receiver on 127.0.0.1 after the step commits, signed with the webhook's secret;
 * failures are retried after the back-off and every attempt is logged. Dispatch rounds are run by the test at the
 * moments it chooses (the scheduled rounds are off in tests).
 */
@WebhookIntegrationTest
@DisplayName("Webhooks deliver case events")
class WebhookDeliveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    com.aftercare.identity.StaffDirectory staff;
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
    @Autowired
    CaseSteps caseSteps;
    @Autowired
    TransactionTemplate transactions;

    private WebhookFixture fixture;
    private Receiver receiver;

    @BeforeEach
    void stage() throws Exception {
        fixture = new WebhookFixture(mvc, tokens);
        receiver = new Receiver();
    }

    @AfterEach
    void cleanUp() throws Exception {
        fixture.removeRegistered();
        receiver.close();
    }

    private JsonNode register(String url, String... kinds) throws Exception {
        return fixture.register(url, kinds);
    }

    /** The deliveries of this case to this webhook, once the after-commit listener has written them. */
    private List<Map<String, Object>> deliveriesOf(String webhookId, String caseId) {
        return jdbc.sql("select * from webhook_delivery where endpoint_id = ?::uuid and case_id = ?::uuid order by event_id")
                .params(webhookId, caseId).query().listOfRows();
    }

    private Map<String, Object> awaitDelivery(String webhookId, String caseId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(webhookId, caseId).size() == 1);
        return deliveriesOf(webhookId, caseId).getFirst();
    }

    private List<Receiver.Request> requestsAbout(String caseId) {
        return receiver.requests().stream()
                .filter(request -> caseId.equals(WebhookFixture.json(request.body()).get("case").get("id").asString()))
                .toList();
    }

    private List<Map<String, Object>> attemptsOf(Object deliveryId) {
        return jdbc.sql("select * from webhook_attempt where delivery_id = ? order by number").param(deliveryId).query().listOfRows();
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    @DisplayName("a case opened through the API reaches the receiver after commit as JSON signed with the webhook's secret")
    void aCommittedStepIsDeliveredSigned() throws Exception {
        JsonNode created = register(receiver.url(), "CASE_OPENED");
        String webhookId = created.get("webhook").get("id").asString();
        String secret = created.get("secret").asString();

        JsonNode opened = fixture.openReturn();
        String caseId = opened.get("id").asString();
        // Written in the step's own transaction: there the moment the step's answer is, with nothing left to hand over.
        assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ?::uuid and case_id = ?::uuid")
                .params(webhookId, caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event_publication where listener_id like '%CaseEventWebhooks%' and serialized_event like ?")
                .param("%" + caseId + "%").query(Long.class).single()).isZero();
        Map<String, Object> delivery = awaitDelivery(webhookId, caseId);
        assertThat(delivery.get("status")).isEqualTo("PENDING");

        Instant now = clock.instant();
        dispatcher.dispatchDue(now);

        List<Receiver.Request> received = requestsAbout(caseId);
        assertThat(received).hasSize(1);
        Receiver.Request request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/aftercare");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Aftercare-Signature")).isEqualTo("sha256=" + hmacHex(secret, request.body()));
        assertThat(request.header("Aftercare-Signature")).isNotEqualTo("sha256=" + hmacHex(secret + "x", request.body()));
        assertThat(request.header("Aftercare-Delivery")).isEqualTo(delivery.get("id").toString());
        assertThat(request.header("Aftercare-Event")).isEqualTo("case.opened");
        assertThat(Long.parseLong(request.header("Aftercare-Timestamp"))).isEqualTo(now.getEpochSecond());

        JsonNode body = WebhookFixture.json(request.body());
        assertThat(body.get("id").asLong()).isEqualTo(((Number) delivery.get("event_id")).longValue());
        assertThat(body.get("type").asString()).isEqualTo("case.opened");
        assertThat(body.get("kind").asString()).isEqualTo("CASE_OPENED");
        assertThat(body.get("occurredAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+03:00");
        assertThat(OffsetDateTime.parse(body.get("occurredAt").asString()).toInstant())
                .isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        assertThat(body.get("case").get("reference").asString()).isEqualTo(opened.get("reference").asString());
        assertThat(body.get("case").get("type").asString()).isEqualTo("RETURN");
        assertThat(body.get("case").get("status").asString()).isEqualTo(opened.get("status").asString());
        assertThat(body.get("case").get("orderNumber").asString()).isEqualTo(opened.get("orderNumber").asString());
        assertThat(body.has("clauses")).isTrue();
        assertThat(body.get("details").isObject()).isTrue();

        Map<String, Object> after = deliveriesOf(webhookId, caseId).getFirst();
        assertThat(after.get("status")).isEqualTo("DELIVERED");
        assertThat(attemptsOf(after.get("id"))).singleElement()
                .satisfies(attempt -> assertThat(attempt.get("status_code")).isEqualTo(200));

        dispatcher.dispatchDue(now.plus(Duration.ofDays(1)));
        assertThat(requestsAbout(caseId)).as("a delivered event is not sent again").hasSize(1);
    }

    @Test
    @DisplayName("a receiver answering 500 gets the delivery again only after the back-off, and both attempts are logged")
    void aFailureIsRetriedAfterTheBackoff() throws Exception {
        String webhookId = register(receiver.answering(500).url(), "CASE_OPENED").get("webhook").get("id").asString();
        String caseId = fixture.openReturn().get("id").asString();
        Object deliveryId = awaitDelivery(webhookId, caseId).get("id");

        Instant first = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        dispatcher.dispatchDue(first);
        assertThat(requestsAbout(caseId)).hasSize(1);
        Map<String, Object> failed = deliveriesOf(webhookId, caseId).getFirst();
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat(failed.get("last_status_code")).isEqualTo(500);
        assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant()).isEqualTo(first.plus(settings.backoffBase()));

        dispatcher.dispatchDue(first.plus(settings.backoffBase()).minusSeconds(1));
        assertThat(requestsAbout(caseId)).as("not before the back-off has passed").hasSize(1);

        dispatcher.dispatchDue(first.plus(settings.backoffBase()));
        List<Receiver.Request> received = requestsAbout(caseId);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).as("every attempt sends the same bytes").isEqualTo(received.get(0).body());

        Map<String, Object> delivered = deliveriesOf(webhookId, caseId).getFirst();
        assertThat(delivered.get("status")).isEqualTo("DELIVERED");
        assertThat(delivered.get("attempts")).isEqualTo(2);
        List<Map<String, Object>> attempts = attemptsOf(deliveryId);
        assertThat(attempts).extracting(attempt -> attempt.get("status_code")).containsExactly(500, 200);
        assertThat(attempts).extracting(attempt -> attempt.get("number")).containsExactly(1, 2);
        assertThat(attempts).allSatisfy(attempt -> assertThat((Long) attempt.get("duration_ms")).isNotNegative());

        // The same log through the API: the delivery with both attempts, and the exact body that was signed and sent.
        JsonNode log = WebhookFixture.expect(200, mvc.perform(get("/api/v1/webhooks/{id}/deliveries", webhookId)
                .header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
        JsonNode listed = log.get("deliveries").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(deliveryId.toString());
        assertThat(listed.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(listed.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(500);
        assertThat(listed.get("attemptLog").get(1).get("statusCode").asInt()).isEqualTo(200);
        JsonNode one = WebhookFixture.expect(200, mvc.perform(get("/api/v1/webhooks/{id}/deliveries/{d}", webhookId, deliveryId)
                .header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
        assertThat(one.get("payload").asString()).isEqualTo(new String(received.get(0).body(), StandardCharsets.UTF_8));
        WebhookFixture.expect(404, mvc.perform(post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", webhookId, UUID.randomUUID())
                .header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
        JsonNode requeued = WebhookFixture.expect(200, mvc.perform(post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", webhookId,
                deliveryId).header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
        assertThat(requeued.get("status").asString()).isEqualTo("PENDING");
        assertThat(requeued.get("attempts").asInt()).isZero();
        WebhookFixture.expect(409, mvc.perform(post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", webhookId, deliveryId)
                .header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
    }

    @Test
    @DisplayName("after max-attempts failures a delivery is FAILED and stays in the log; redelivered, it goes out once the receiver is back")
    void aDeliveryIsGivenUpAndCanBeRedelivered() throws Exception {
        String webhookId = register(receiver.otherwise(503).url(), "CASE_OPENED").get("webhook").get("id").asString();
        String caseId = fixture.openReturn().get("id").asString();
        Object deliveryId = awaitDelivery(webhookId, caseId).get("id");

        Instant at = clock.instant();
        for (int i = 0; i < settings.maxAttempts() + 2; i++) {
            dispatcher.dispatchDue(at);
            at = at.plus(settings.backoffMax());
        }
        assertThat(requestsAbout(caseId)).hasSize(settings.maxAttempts());
        Map<String, Object> failed = deliveriesOf(webhookId, caseId).getFirst();
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("next_attempt_at")).isNull();
        assertThat(attemptsOf(deliveryId)).hasSize(settings.maxAttempts())
                .allSatisfy(attempt -> assertThat(attempt.get("status_code")).isEqualTo(503));

        // The admin page's log shows it failed, every attempt's answer, and offers to send it again.
        String page = mvc.perform(get("/office/admin/webhooks/{id}", webhookId)
                        .with(com.aftercare.identity.internal.StaffPagesSecurity.signedIn(staff, Role.ADMIN)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("delivery-" + deliveryId, "Failed", "HTTP 503", "Send again");

        receiver.otherwise(204);
        WebhookFixture.expect(200, mvc.perform(post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", webhookId, deliveryId)
                .header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
        dispatcher.dispatchDue(clock.instant());
        assertThat(requestsAbout(caseId)).hasSize(settings.maxAttempts() + 1);
        assertThat(deliveriesOf(webhookId, caseId).getFirst().get("status")).isEqualTo("DELIVERED");
        assertThat(attemptsOf(deliveryId)).hasSize(settings.maxAttempts() + 1).last()
                .satisfies(attempt -> assertThat(attempt.get("status_code")).isEqualTo(204));
    }

    @Test
    @DisplayName("a receiver that is not listening is an attempt with its reason, retried later")
    void aRefusedConnectionIsLoggedWithItsReason() throws Exception {
        Receiver gone = new Receiver();
        String url = gone.url();
        gone.close();
        String webhookId = register(url, "CASE_OPENED").get("webhook").get("id").asString();
        String caseId = fixture.openReturn().get("id").asString();
        Object deliveryId = awaitDelivery(webhookId, caseId).get("id");

        dispatcher.dispatchDue(clock.instant());

        Map<String, Object> delivery = deliveriesOf(webhookId, caseId).getFirst();
        assertThat(delivery.get("status")).isEqualTo("PENDING");
        assertThat(delivery.get("last_status_code")).isNull();
        assertThat(attemptsOf(deliveryId)).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("status_code")).isNull();
            assertThat((String) attempt.get("error")).isNotBlank();
        });
    }

    @Test
    @DisplayName("the same event handed to the listener again (a redelivery after a crash) adds no second delivery, even at the same moment")
    void theSameEventTwiceIsOneDelivery() throws Exception {
        String webhookId = register(receiver.url(), "CASE_OPENED").get("webhook").get("id").asString();
        JsonNode opened = fixture.openReturn();
        String caseId = opened.get("id").asString();
        Map<String, Object> delivery = awaitDelivery(webhookId, caseId);
        var again = new CaseEventRecorded(new CaseId(UUID.fromString(caseId)), ((Number) delivery.get("event_id")).longValue(),
                opened.get("reference").asString(), CaseType.RETURN, CaseStatus.valueOf(opened.get("status").asString()),
                opened.get("orderNumber").asString(), List.of(), clock.instant(), SampleEvents.of(CaseEventKind.CASE_OPENED), null);

        assertThat(listener.enqueue(again)).isZero();
        assertThat(deliveriesOf(webhookId, caseId)).hasSize(1);

        var unseen = new CaseEventRecorded(new CaseId(UUID.fromString(caseId)), Long.MAX_VALUE - (System.nanoTime() & 0xFFFFFF),
                opened.get("reference").asString(), CaseType.RETURN, CaseStatus.CANCELLED, opened.get("orderNumber").asString(),
                List.of(), clock.instant(), SampleEvents.of(CaseEventKind.CASE_OPENED), null);
        var barrier = new CyclicBarrier(2);
        Callable<Integer> handOver = () -> {
            barrier.await();
            return listener.enqueue(unseen);
        };
        int added = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> both = threads.invokeAll(List.of(handOver, handOver));
            for (Future<Integer> one : both) {
                added += one.get();
            }
        }
        assertThat(added).isEqualTo(1);
        assertThat(deliveriesOf(webhookId, caseId)).extracting(row -> ((Number) row.get("event_id")).longValue())
                .containsExactly(((Number) delivery.get("event_id")).longValue(), unseen.eventId());
    }

    @Test
    @DisplayName("a step whose transaction rolls back is never delivered; the same step committed is, once")
    void aRolledBackStepIsNotDelivered() throws Exception {
        String webhookId = register(receiver.url(), "CANCELLED").get("webhook").get("id").asString();
        String caseId = fixture.openReturn().get("id").asString();
        var agent = new Caller(UUID.randomUUID(), "test-agent-rollback", Set.of(Role.AGENT));

        transactions.executeWithoutResult(status -> {
            caseSteps.cancel(new CaseId(UUID.fromString(caseId)), new CaseCommands.Cancel("rolled back"), agent);
            status.setRollbackOnly();
        });
        assertThat(deliveriesOf(webhookId, caseId)).isEmpty();

        fixture.cancel(caseId);
        Map<String, Object> delivery = awaitDelivery(webhookId, caseId);
        assertThat(delivery.get("kind")).isEqualTo("CANCELLED");
        assertThat((String) delivery.get("payload")).contains("The customer kept the watch.").doesNotContain("rolled back");

        dispatcher.dispatchDue(clock.instant());
        assertThat(requestsAbout(caseId)).singleElement().satisfies(request ->
                assertThat(WebhookFixture.json(request.body()).get("details").get("reason").asString())
                        .isEqualTo("The customer kept the watch."));
    }

    @Test
    @DisplayName("a disabled webhook gets no deliveries; a kinds filter keeps out the kinds it does not name")
    void disabledAndFilteredWebhooksGetNothing() throws Exception {
        String disabled = register(receiver.url()).get("webhook").get("id").asString();
        WebhookFixture.expect(200, mvc.perform(patch("/api/v1/webhooks/{id}", disabled).header("Authorization", tokens.bearer(Role.ADMIN))
                .contentType("application/json").content("{\"enabled\": false}")).andReturn());
        String refundsOnly = register(receiver.url(), "REFUND_ISSUED").get("webhook").get("id").asString();
        String everything = register(receiver.url()).get("webhook").get("id").asString();

        String caseId = fixture.openReturn().get("id").asString();
        awaitDelivery(everything, caseId);

        assertThat(deliveriesOf(disabled, caseId)).isEmpty();
        assertThat(deliveriesOf(refundsOnly, caseId)).isEmpty();
    }

    @Test
    @DisplayName("a rotated secret signs what is still pending; the old one no longer verifies")
    void aRotatedSecretSignsPendingDeliveries() throws Exception {
        JsonNode created = register(receiver.url(), "CASE_OPENED");
        String webhookId = created.get("webhook").get("id").asString();
        String oldSecret = created.get("secret").asString();
        String caseId = fixture.openReturn().get("id").asString();
        awaitDelivery(webhookId, caseId);

        JsonNode rotated = WebhookFixture.expect(200, mvc.perform(post("/api/v1/webhooks/{id}/secret", webhookId).header("Authorization", tokens.bearer(Role.ADMIN))).andReturn());
        String newSecret = rotated.get("secret").asString();
        assertThat(newSecret).isNotEqualTo(oldSecret);

        dispatcher.dispatchDue(clock.instant());
        Receiver.Request request = requestsAbout(caseId).getFirst();
        assertThat(request.header("Aftercare-Signature")).isEqualTo("sha256=" + hmacHex(newSecret, request.body()))
                .isNotEqualTo("sha256=" + hmacHex(oldSecret, request.body()));
    }
}
