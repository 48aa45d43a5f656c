package com.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.support.IntegrationTest;
import com.aftercare.webhooks.internal.WebhookDispatcher;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service as configured by default (no allow-list), with a webhook row that registration would have refused,
 * written straight into the table: the delivery is refused too, and the receiver on this machine gets nothing.
 */
@IntegrationTest
@DisplayName("Without an allow-list, a stored internal URL is refused at delivery")
class WebhookWithoutAllowListTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    WebhookDispatcher dispatcher;

    private Receiver receiver;
    private final UUID webhookId = UUID.randomUUID();

    @BeforeEach
    void stage() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from webhook_endpoint where id = ?").param(webhookId).update();
        receiver.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://localhost:%d/   | refused: http://localhost:%d/ must use https: plain http goes only to hosts in aftercare.webhooks.allowed-hosts (localhost is not)
            https://localhost:%d/  | refused: localhost resolved to 
            https://127.0.0.1:%d/  | refused: 127.0.0.1 is a loopback address
            http://2130706433:%d/  | refused: '2130706433' is a numeric host that is not a plain dotted quad
            """)
    void refusedAtDelivery(String urlPattern, String reasonPattern) {
        String url = urlPattern.formatted(receiver.port());
        Instant now = clock.instant();
        jdbc.sql("""
                insert into webhook_endpoint (id, url, kinds, secret, created_at, created_by)
                values (?, ?, '{NEVER_RECORDED}', 'whsec_written-before-the-checks', ?, 'test')""")
                .params(webhookId, url, Timestamp.from(now)).update();
        jdbc.sql("""
                insert into webhook_delivery (id, endpoint_id, event_id, case_id, kind, payload, status, attempts, next_attempt_at, created_at)
                values (gen_random_uuid(), ?, 1, gen_random_uuid(), 'CASE_OPENED', '{}', 'PENDING', 0, ?, ?)""")
                .params(webhookId, Timestamp.from(now), Timestamp.from(now)).update();

        dispatcher.dispatchDue(now);

        assertThat(receiver.requests()).isEmpty();
        Map<String, Object> delivery = jdbc.sql("select * from webhook_delivery where endpoint_id = ?").param(webhookId).query().singleRow();
        assertThat(delivery.get("attempts")).isEqualTo(1);
        assertThat(delivery.get("last_status_code")).isNull();
        assertThat((String) delivery.get("last_error")).startsWith(reasonPattern.formatted(receiver.port()).strip());
        if (url.startsWith("https://localhost")) {
            // localhost may resolve to 127.0.0.1 or ::1 first; either is named.
            assertThat((String) delivery.get("last_error")).endsWith(", a loopback address");
        }
    }
}
