package com.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
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
}
