package com.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aftercare.support.IntegrationTest;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An API token's holder is remembered for a moment (aftercare.security.token-cache, 1 s in the tests), so a call
 * costs the database nothing for it; a token revoked stops at once here, and within that moment when another
 * instance revoked it.
 */
@IntegrationTest
@DisplayName("API tokens remembered for a moment")
class TokenCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a token revoked through the service stops at once")
    void revokedHereStopsAtOnce() throws Exception {
        String username = newAgent();
        String token = directory.issueToken(username, "test");
        assertThat(status(token)).isEqualTo(200);
        assertThat(status(token)).as("remembered, still good").isEqualTo(200);

        directory.revokeTokens(username);

        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    @DisplayName("a user disabled through the service is refused at once")
    void disabledHereStopsAtOnce() throws Exception {
        String username = newAgent();
        String token = directory.issueToken(username, "test");
        assertThat(status(token)).isEqualTo(200);

        directory.setEnabled(username, false);

        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    @DisplayName("a token revoked by another instance (in the database, behind this one's back) stops within the moment")
    void revokedElsewhereStopsWithinSeconds() throws Exception {
        String username = newAgent();
        String token = directory.issueToken(username, "test");
        assertThat(status(token)).isEqualTo(200);

        jdbc.sql("update api_token set revoked_at = now() where user_id = (select id from app_user where username = ?)")
                .param(username).update();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> status(token) == 401);
    }

    private String newAgent() {
        String username = "token-cache-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(username, "Token Cache Test", Set.of(Role.AGENT));
        return username;
    }

    private int status(String token) throws Exception {
        return mvc.perform(get("/api/v1/cases").param("limit", "1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn().getResponse().getStatus();
    }
}
