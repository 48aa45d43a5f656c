package com.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** A create or a rotation sent with an Idempotency-Key: the kept answer, and so its replay, never holds the secret. */
@WebhookIntegrationTest
@DisplayName("Idempotent replays of webhook answers leave the secret out")
class WebhookIdempotentReplayTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final List<String> webhooks = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        var fixture = new WebhookFixture(mvc, tokens);
        for (String id : webhooks) {
            fixture.remove(id);
        }
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String key) throws Exception {
        return mvc.perform(request.header("Authorization", tokens.bearer(Role.ADMIN)).header("Idempotency-Key", key)).andReturn();
    }

    private static MockHttpServletRequestBuilder create(String url) {
        return post("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\", \"kinds\": [\"IDEMPOTENT_REPLAY_TEST\"]}");
    }

    /** Every kept answer, as text: the secret must be in none of them. */
    private List<String> keptBodies() {
        return jdbc.sql("select response_body from idempotency_record where response_body is not null").query((rs, row) ->
                new String(rs.getBytes(1), StandardCharsets.UTF_8)).list();
    }

    private static void assertReplayWithoutSecret(JsonNode replay, String webhookId) {
        assertThat(replay.get("webhook").get("id").asString()).isEqualTo(webhookId);
        assertThat(replay.get("secret").isNull()).isTrue();
        assertThat(replay.get("secretNote").asString()).contains("shown once")
                .contains("POST /api/v1/webhooks/" + webhookId + "/secret");
    }

    @Test
    @DisplayName("a create: no kept answer holds the secret; the replay is a 201 with the same webhook and Location, secret null")
    void create() throws Exception {
        String key = UUID.randomUUID().toString();
        String url = "https://erp.example.com/hooks/" + UUID.randomUUID();
        MvcResult first = send(create(url), key);
        JsonNode created = WebhookFixture.expect(201, first);
        String id = created.get("webhook").get("id").asString();
        webhooks.add(id);
        String secret = created.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(created.get("secretNote").isNull()).isTrue();

        assertThat(jdbc.sql("select count(*) from idempotency_record where idempotency_key = ? and status = 201").param(key)
                .query(Long.class).single()).as("the answer was kept").isOne();
        assertThat(keptBodies()).noneMatch(body -> body.contains(secret)).noneMatch(body -> body.contains("whsec_"));

        MvcResult replayed = send(create(url), key);
        JsonNode replay = WebhookFixture.expect(201, replayed);
        assertThat(replayed.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(replayed.getResponse().getContentType()).startsWith("application/json");
        assertReplayWithoutSecret(replay, id);
        assertThat(replay.get("webhook").get("url").asString()).isEqualTo(url);
        assertThat(jdbc.sql("select count(*) from webhook_endpoint where url = ?").param(url).query(Long.class).single())
                .as("the replay created nothing").isOne();
    }

    @Test
    @DisplayName("a rotation: no kept answer holds the new secret; the replay is a 200 without it and rotates nothing")
    void rotate() throws Exception {
        String id = WebhookFixture.expect(201, send(create("https://erp.example.com/hooks/" + UUID.randomUUID()),
                UUID.randomUUID().toString())).get("webhook").get("id").asString();
        webhooks.add(id);
        String key = UUID.randomUUID().toString();
        JsonNode rotated = WebhookFixture.expect(200, send(post("/api/v1/webhooks/{id}/secret", id), key));
        String secret = rotated.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        String stored = jdbc.sql("select secret from webhook_endpoint where id = ?::uuid").param(id).query(String.class).single();

        assertThat(keptBodies()).noneMatch(body -> body.contains(secret));

        MvcResult replayed = send(post("/api/v1/webhooks/{id}/secret", id), key);
        JsonNode replay = WebhookFixture.expect(200, replayed);
        assertThat(replayed.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertReplayWithoutSecret(replay, id);
        assertThat(jdbc.sql("select secret from webhook_endpoint where id = ?::uuid").param(id).query(String.class).single())
                .as("not rotated again").isEqualTo(stored);
    }
}
