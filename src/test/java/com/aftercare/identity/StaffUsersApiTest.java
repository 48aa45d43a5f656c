package com.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@DisplayName("Administrators create users and issue their tokens")
class StaffUsersApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JsonMapper json;

    @Autowired
    StaffDirectory directory;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String newName() {
        return "agent-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("a new user's token works with the user's role and no other")
    void createUserIssueTokenAndUseIt() throws Exception {
        String username = newName();
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"Ayşe\",\"roles\":[\"FINANCE\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("FINANCE"));

        String answer = mvc.perform(post("/api/v1/users/" + username + "/tokens").header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"laptop\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String token = json.readTree(answer).get("token").asString();
        assertThat(token).startsWith("ac_").hasSizeGreaterThan(40);

        mvc.perform(post("/api/test-probe/things").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"size\":1}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/users/" + username).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a token issued with an Idempotency-Key is never kept: the repeat answers without it and issues none")
    void anIssuedTokenIsNeverKeptForReplays() throws Exception {
        String username = newName();
        directory.createUser(username, "Replay", java.util.Set.of(Role.AGENT));
        String key = UUID.randomUUID().toString();
        var issue = post("/api/v1/users/" + username + "/tokens").header("Authorization", tokens.bearer(Role.ADMIN))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"laptop\"}");

        String first = mvc.perform(issue).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = json.readTree(first).get("token").asString();
        assertThat(token).startsWith("ac_");
        assertThat(jdbc.sql("select count(*) from idempotency_record where position(convert_to(?, 'UTF8') in response_body) > 0")
                .param(token).query(Long.class).single()).as("records holding the token").isZero();

        var replay = mvc.perform(issue).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(replay).get("token").isNull()).isTrue();
        assertThat(json.readTree(replay).get("name").asString()).isEqualTo("laptop");
        assertThat(json.readTree(replay).get("tokenNote").asString()).contains("shown once");
        assertThat(directory.users().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow()
                .activeTokens()).as("tokens issued").isEqualTo(1);
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer(Role.AGENT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + newName() + "\",\"displayName\":\"X\",\"roles\":[\"ADMIN\"]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Bad Name!\",\"displayName\":\"\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].message").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')].message").value("give at least one role"));
    }

    @Test
    void unknownRoleIsRefused() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + newName() + "\",\"displayName\":\"X\",\"roles\":[\"CUSTOMER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("INTEGRATION, AGENT")));
    }

    @Test
    void duplicateUserIs409() throws Exception {
        String username = newName();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"X\",\"roles\":[\"AGENT\"]}";
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/users").header("Authorization", tokens.bearer(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
    }

    @Test
    void tokenForUnknownUserIs404() throws Exception {
        mvc.perform(post("/api/v1/users/nobody-" + UUID.randomUUID().toString().substring(0, 6) + "/tokens")
                        .header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("a disabled user's token is answered 401 and their password no longer signs in; enabling them again restores both")
    void disablingAUserStopsTheirTokenAndSignIn() throws Exception {
        String username = newName();
        directory.createUser(username, "To be disabled", Set.of(Role.AGENT));
        directory.setPassword(username, "correct horse battery");
        String token = directory.issueToken(username, "laptop");
        mvc.perform(get("/api/v1/users/" + username).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        mvc.perform(patch("/api/v1/users/" + username).header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.activeTokens").value(1));

        mvc.perform(get("/api/v1/users/" + username).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", username).param("password", "correct horse battery").with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.2.0.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        mvc.perform(patch("/api/v1/users/" + username).header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/users/" + username).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void revokedTokensAre401ForGood() throws Exception {
        String username = newName();
        directory.createUser(username, "Revoked", Set.of(Role.AGENT));
        String token = directory.issueToken(username, "phone");
        mvc.perform(delete("/api/v1/users/" + username + "/tokens").header("Authorization", tokens.bearer(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revoked").value(1));
        mvc.perform(get("/api/v1/users/" + username).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theListShowsEveryUserWithRolesStateAndTokenCount() throws Exception {
        String username = newName();
        directory.createUser(username, "Listed", Set.of(Role.FINANCE, Role.AGENT));
        directory.issueToken(username, "one");
        directory.setEnabled(username, false);
        mvc.perform(get("/api/v1/users").header("Authorization", tokens.bearer(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].displayName").value("Listed"))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].enabled").value(false))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].activeTokens").value(1))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].roles.length()").value(2));
        mvc.perform(get("/api/v1/users").header("Authorization", tokens.bearer(Role.AGENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void changingAnUnknownUserIs404AndAMissingFlagIs400() throws Exception {
        mvc.perform(patch("/api/v1/users/nobody-" + UUID.randomUUID().toString().substring(0, 6))
                        .header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/users/" + newName()).header("Authorization", tokens.bearer(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }
}
