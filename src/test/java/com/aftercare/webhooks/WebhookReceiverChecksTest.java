package com.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.webhooks.internal.CaseEventWebhooks;
import com.aftercare.webhooks.internal.WebhookDispatcher;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhooks never reach inside: what registration refuses, and what a delivery refuses when a name has turned to an
 * internal address since (DNS rebinding). The {@link ScriptedResolver} plays the DNS server.
 */
@WebhookIntegrationTest
@DisplayName("Webhooks go only to public receivers, checked at registration and at every delivery")
class WebhookReceiverChecksTest {

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
    ScriptedResolver dns;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    CaseEventWebhooks listener;

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

    private String register(String url) throws Exception {
        return fixture.register(url, KIND).get("webhook").get("id").asString();
    }

    private void refused(String url, String message) throws Exception {
        mvc.perform(post("/api/v1/webhooks").header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://aftercare.example.com/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(message)));
    }

    /** One delivery of a made-up event to the webhook, sent in a round of its own; answers the delivery's row. */
    private Map<String, Object> deliverOnce(String webhookId) {
        UUID caseId = UUID.randomUUID();
        listener.enqueue(SyntheticEvents.of(caseId, SyntheticEvents.reserve(1), KIND, clock.instant()));
        dispatcher.dispatchDue(clock.instant());
        return jdbc.sql("select * from webhook_delivery where endpoint_id = ?::uuid and case_id = ?").params(webhookId, caseId)
                .query().singleRow();
    }

    private List<Map<String, Object>> attemptsOf(Object deliveryId) {
        return jdbc.sql("select * from webhook_attempt where delivery_id = ? order by number").param(deliveryId).query().listOfRows();
    }

    @Test
    @DisplayName("a name resolving to a private address is a 400 that names the address and the allow-list")
    void aPrivateNameIsRefused() throws Exception {
        dns.answer("erp.local", "10.0.0.5");
        refused("https://erp.local/hooks", "erp.local resolves to 10.0.0.5, a private address; webhooks go only to public addresses "
                + "unless the host is in aftercare.webhooks.allowed-hosts");
        dns.answer("twice.example.com", "8.8.8.8", "169.254.169.254");
        refused("https://twice.example.com/hooks", "twice.example.com resolves to 169.254.169.254, a link-local address");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://10.0.0.5/hooks", "https://169.254.169.254/latest/meta-data/", "https://[::1]/hooks",
            "https://[fd12:3456::1]/hooks", "https://[::ffff:10.0.0.1]/hooks", "https://[64:ff9b::7f00:1]/hooks",
            "https://100.64.0.1/hooks", "https://0.0.0.0/hooks", "https://[fe80::1]/hooks", "https://224.0.0.1/hooks"})
    @DisplayName("an internal IP literal is a 400 even over https")
    void internalLiteralsAreRefused(String url) throws Exception {
        refused(url, "webhooks go only to public addresses");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://2130706433/", "http://0x7f000001/", "http://017700000001/", "http://127.1/"})
    @DisplayName("a numeric host that is not a plain dotted quad is a 400 as ambiguous, though 127.0.0.1 is allow-listed here")
    void ambiguousNumbersAreRefused(String url) throws Exception {
        refused(url, "which programs read differently");
    }

    @Test
    @DisplayName("plain http is a 400 outside the allow-list; a name that does not resolve yet is accepted")
    void httpsOnlyAndUnresolvedAccepted() throws Exception {
        dns.answer("public.example.com", "8.8.8.8");
        refused("http://public.example.com/hooks", "must use https");
        register("https://public.example.com/hooks");
        register("https://not-yet-set-up.invalid/hooks");
    }

    @Test
    @DisplayName("a name that resolved to a public address at registration and to 127.0.0.1 at delivery is refused then; nothing reaches the receiver")
    void dnsRebindingIsRefusedAtDelivery() throws Exception {
        dns.answer("rebind.example.com", "8.8.8.8");
        String webhookId = register("https://rebind.example.com:" + receiver.port() + "/hooks");

        dns.answer("rebind.example.com", "127.0.0.1");
        Map<String, Object> delivery = deliverOnce(webhookId);

        assertThat(receiver.requests()).isEmpty();
        assertThat(delivery.get("status")).as("retried later, should the name turn public again").isEqualTo("PENDING");
        assertThat(delivery.get("last_error")).isEqualTo("refused: rebind.example.com resolved to 127.0.0.1, a loopback address");
        assertThat(attemptsOf(delivery.get("id"))).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("status_code")).isNull();
            assertThat(attempt.get("error")).isEqualTo("refused: rebind.example.com resolved to 127.0.0.1, a loopback address");
        });
    }

    @Test
    @DisplayName("the connection goes to the address the check resolved: a name only the scripted DNS knows reaches the receiver")
    void theConnectionUsesTheCheckedAddress() throws Exception {
        dns.answer(ScriptedResolver.ALLOW_LISTED, "127.0.0.1");
        String webhookId = register("http://" + ScriptedResolver.ALLOW_LISTED + ":" + receiver.port() + "/hooks");

        Map<String, Object> delivery = deliverOnce(webhookId);

        assertThat(delivery.get("status")).isEqualTo("DELIVERED");
        assertThat(receiver.requests()).singleElement().satisfies(request ->
                assertThat(request.header("Host")).isEqualTo(ScriptedResolver.ALLOW_LISTED + ":" + receiver.port()));
    }

    @Test
    @DisplayName("a receiver's redirect is not followed: the 3xx is the attempt's answer")
    void redirectsAreNotFollowed() throws Exception {
        String webhookId = register(receiver.answering(302).url());

        Map<String, Object> delivery = deliverOnce(webhookId);

        assertThat(delivery.get("last_status_code")).isEqualTo(302);
        assertThat(delivery.get("status")).isEqualTo("PENDING");
        assertThat(receiver.requests()).hasSize(1);
    }
}
