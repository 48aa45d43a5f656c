package com.aftercare.webhooks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.util.Base64;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@WebhookIntegrationTest
@DisplayName("Administrators manage webhooks through the API")
class WebhooksApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private String admin() {
        return tokens.bearer(Role.ADMIN);
    }

    private JsonNode create(String body) throws Exception {
        return WebhookFixture.expect(201, mvc.perform(post("/api/v1/webhooks").header("Authorization", admin())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn());
    }

    @Test
    @DisplayName("the secret (32 random bytes) is shown at creation only; the list, the read and the log never show it")
    void theSecretIsShownOnce() throws Exception {
        JsonNode created = create("{\"url\": \"https://erp.example.com/hooks/aftercare\", \"kinds\": [\"CASE_OPENED\", \"REFUND_ISSUED\"],"
                + " \"description\": \"ERP\"}");
        String id = created.get("webhook").get("id").asString();
        String secret = created.get("secret").asString();
        Assertions.assertThat(secret).startsWith("whsec_");
        Assertions.assertThat(Base64.getUrlDecoder().decode(secret.substring("whsec_".length()))).hasSizeGreaterThanOrEqualTo(32);
        Assertions.assertThat(created.get("webhook").get("enabled").asBoolean()).isTrue();
        Assertions.assertThat(created.get("webhook").get("kinds")).hasSize(2);

        mvc.perform(get("/api/v1/webhooks").header("Authorization", admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].url").value("https://erp.example.com/hooks/aftercare"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].description").value("ERP"))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/webhooks/{id}", id).header("Authorization", admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pending").value(0))
                .andExpect(content().string(not(containsString("whsec_"))));
        mvc.perform(get("/api/v1/webhooks/{id}/deliveries", id).header("Authorization", admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveries.length()").value(0))
                .andExpect(jsonPath("$.next").doesNotExist());

        mvc.perform(post("/api/v1/webhooks/{id}/secret", id).header("Authorization", admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret", startsWith("whsec_")))
                .andExpect(jsonPath("$.secret", not(secret)))
                .andExpect(jsonPath("$.webhook.secretRotatedAt").isNotEmpty());
        mvc.perform(delete("/api/v1/webhooks/{id}", id).header("Authorization", admin())).andExpect(status().isNoContent());
    }

    @Test
    @DisplayName("a webhook can be disabled, enabled again and deleted; afterwards it is a 404")
    void disableEnableDelete() throws Exception {
        String id = create("{\"url\": \"http://127.0.0.1:9/hooks\"}").get("webhook").get("id").asString();
        mvc.perform(patch("/api/v1/webhooks/{id}", id).header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(patch("/api/v1/webhooks/{id}", id).header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(patch("/api/v1/webhooks/{id}", id).header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("enabled"));
        mvc.perform(delete("/api/v1/webhooks/{id}", id).header("Authorization", admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/webhooks/{id}", id).header("Authorization", admin()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString(id)));
        mvc.perform(get("/api/v1/webhooks/{id}/deliveries", id).header("Authorization", admin())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/webhooks/{id}", id).header("Authorization", admin())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/webhooks/{id}/secret", id).header("Authorization", admin())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, UUID.randomUUID()).header("Authorization", admin()))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://erp.example.com/hooks", "/hooks/aftercare", "erp.example.com/hooks", "http://", "not a url",
            "https://user:password@erp.example.com/hooks", "https://erp.example.com/hooks#part", "javascript:alert(1)", "  "})
    @DisplayName("a URL that is not an absolute http or https URL is a 400 naming the field")
    void badUrlsAreRefused(String url) throws Exception {
        mvc.perform(post("/api/v1/webhooks").header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://aftercare.example.com/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void aMissingUrlAndBadKindsAreNamed() throws Exception {
        mvc.perform(post("/api/v1/webhooks").header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(post("/api/v1/webhooks").header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"https://erp.example.com/h\", \"kinds\": [\"CASE_OPENED\", \"refund issued\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kinds[1]"));
        mvc.perform(post("/api/v1/webhooks").header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"https://erp.example.com/h\", \"secret\": \"mine\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("only administrators manage webhooks: an agent's token is a 403, no token a 401")
    void adminOnly() throws Exception {
        String id = create("{\"url\": \"https://erp.example.com/hooks/aftercare\"}").get("webhook").get("id").asString();
        for (Role role : new Role[] {Role.AGENT, Role.INTEGRATION, Role.FINANCE, Role.TECHNICIAN}) {
            mvc.perform(post("/api/v1/webhooks").header("Authorization", tokens.bearer(role))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"not a url\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/webhooks").header("Authorization", tokens.bearer(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/webhooks/{id}/deliveries", id).header("Authorization", tokens.bearer(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/webhooks/{id}/secret", id).header("Authorization", tokens.bearer(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("whsec_"))));
            mvc.perform(delete("/api/v1/webhooks/{id}", id).header("Authorization", tokens.bearer(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/webhooks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/webhooks/{id}", id).header("Authorization", admin())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/webhooks/{id}", id).header("Authorization", admin())).andExpect(status().isNoContent());
    }

    @Test
    void aBadCursorOrStatusIsA400() throws Exception {
        String id = create("{\"url\": \"https://erp.example.com/hooks/aftercare\"}").get("webhook").get("id").asString();
        mvc.perform(get("/api/v1/webhooks/{id}/deliveries?cursor=abc", id).header("Authorization", admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(get("/api/v1/webhooks/{id}/deliveries?status=LOST", id).header("Authorization", admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/webhooks/{id}/deliveries?limit=0", id).header("Authorization", admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/webhooks/{id}", id).header("Authorization", admin())).andExpect(status().isNoContent());
    }

    @Test
    @DisplayName("/v3/api-docs documents the webhook endpoints")
    void documented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/webhooks']", hasKey("post")))
                .andExpect(jsonPath("$.paths['/api/v1/webhooks']", hasKey("get")))
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}']", hasKey("patch")))
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}']", hasKey("delete")))
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}/secret']", hasKey("post")))
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}/deliveries']", hasKey("get")))
                .andExpect(jsonPath("$.paths['/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver']", hasKey("post")));
    }
}
