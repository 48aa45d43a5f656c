package com.aftercare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.webhooks.Receiver;
import com.aftercare.webhooks.WebhookIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The secrets as the database holds them, the plaintext rows of before, and a start with the wrong key. */
@WebhookIntegrationTest
@DisplayName("Webhook secrets are encrypted in the database")
class SecretsAtRestTest {

    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    Deliveries deliveries;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    PlaintextSecretsSealing sealing;
    @Autowired
    EndpointSecrets secrets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    private Receiver receiver;
    private UUID webhookId;

    @BeforeEach
    void stage() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void cleanUp() {
        if (webhookId != null) {
            endpoints.delete(webhookId);
        }
        receiver.close();
    }

    private String storedSecret(UUID id) {
        return jdbc.sql("select secret from webhook_endpoint where id = ?").param(id).query(String.class).single();
    }

    private void queueOneDelivery(UUID endpointId) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into webhook_delivery (id, endpoint_id, event_id, case_id, kind, payload, status, attempts, next_attempt_at, created_at)
                values (gen_random_uuid(), ?, 1, gen_random_uuid(), 'CASE_OPENED', '{"id": 1}', 'PENDING', 0, ?, ?)""")
                .params(endpointId, Timestamp.from(now), Timestamp.from(now)).update();
    }

    private String signatureReceived() {
        return receiver.requests().getLast().header(WebhookSignature.HEADER);
    }

    private static String expected(String secret) {
        return WebhookSignature.of(secret, "{\"id\": 1}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("created and rotated secrets are stored sealed: the raw column holds no whsec_; deliveries are signed with the secret shown")
    void noPlaintextInTheColumn() {
        var created = endpoints.create(receiver.url(), List.of("SECRETS_AT_REST_TEST"), null, "test");
        webhookId = created.endpoint().id();
        assertThat(storedSecret(webhookId)).startsWith("v1:").doesNotContain("whsec_").doesNotContain(created.secret().substring(6));
        queueOneDelivery(webhookId);
        dispatcher.dispatchDue(clock.instant());
        assertThat(signatureReceived()).isEqualTo(expected(created.secret()));

        var rotated = endpoints.rotateSecret(webhookId);
        assertThat(storedSecret(webhookId)).startsWith("v1:").doesNotContain("whsec_");
        assertThat(jdbc.sql("select count(*) from webhook_endpoint where secret like '%whsec\\_%'").query(Long.class).single()).isZero();
        jdbc.sql("update webhook_delivery set status = 'PENDING', next_attempt_at = ? where endpoint_id = ?")
                .params(Timestamp.from(clock.instant()), webhookId).update();
        dispatcher.dispatchDue(clock.instant());
        assertThat(signatureReceived()).isEqualTo(expected(rotated.secret()));
    }

    @Test
    @DisplayName("a plaintext row from before signs correctly, is sealed once at start-up, and signs the same afterwards")
    void plaintextRowsAreSealedOnce() {
        webhookId = UUID.randomUUID();
        String plaintext = "whsec_from-before-encryption-" + webhookId;
        jdbc.sql("""
                insert into webhook_endpoint (id, url, kinds, secret, created_at, created_by)
                values (?, ?, '{SECRETS_AT_REST_TEST}', ?, ?, 'test')""")
                .params(webhookId, receiver.url(), plaintext, Timestamp.from(clock.instant())).update();
        queueOneDelivery(webhookId);
        dispatcher.dispatchDue(clock.instant());
        assertThat(signatureReceived()).as("read correctly before it is sealed").isEqualTo(expected(plaintext));

        assertThat(transactions.<Integer>execute(status -> sealing.sealPlaintext())).isEqualTo(1);
        assertThat(storedSecret(webhookId)).startsWith("v1:").doesNotContain("whsec_");
        String sealed = storedSecret(webhookId);
        assertThat(transactions.<Integer>execute(status -> sealing.sealPlaintext())).as("idempotent").isZero();
        assertThat(storedSecret(webhookId)).isEqualTo(sealed);

        jdbc.sql("update webhook_delivery set status = 'PENDING', next_attempt_at = ? where endpoint_id = ?")
                .params(Timestamp.from(clock.instant()), webhookId).update();
        dispatcher.dispatchDue(clock.instant());
        assertThat(signatureReceived()).isEqualTo(expected(plaintext));
    }

    @Test
    @DisplayName("started with another key, the service stops with a clear reason instead of signing with garbage")
    void aWrongKeyStopsTheStart() {
        webhookId = endpoints.create("https://erp.example.com/hooks", List.of("SECRETS_AT_REST_TEST"), null, "test").endpoint().id();
        sealing.checkTheKeyOpensEverySecret();

        var wrongKey = new EndpointSecrets(EndpointSecrets.keyFor("3q2+796tvu/erb7v3q2+796tvu/erb7v3q2+796tvu8="));
        var start = new PlaintextSecretsSealing(jdbc, transactions, wrongKey);
        assertThatThrownBy(start::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhook secrets do not open under aftercare.webhooks.secret-key")
                .hasMessageContaining("not the key they were encrypted with");
    }
}
