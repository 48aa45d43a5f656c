package com.aftercare.webhooks;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.webhooks.internal.WebhookEndpoints;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebhookIntegrationTest
@DisplayName("The administrators' webhooks page /office/admin/webhooks")
class WebhooksPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    com.aftercare.identity.StaffDirectory staff;
    @Autowired
    WebhookEndpoints endpoints;

    @Test
    @DisplayName("only administrators reach it")
    void adminOnly() throws Exception {
        mvc.perform(get("/office/admin/webhooks").with(signedIn(staff, Role.AGENT))).andExpect(status().isForbidden());
        mvc.perform(post("/office/admin/webhooks").with(signedIn(staff, Role.AGENT)).with(csrf()).param("url", "https://erp.example.com/x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/admin/webhooks")).andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("registering shows the secret once, in the page that follows; the list never shows it")
    void registerShowsTheSecretOnce() throws Exception {
        String url = "https://erp.example.com/hooks/" + UUID.randomUUID();
        MvcResult created = mvc.perform(post("/office/admin/webhooks").with(signedIn(staff, Role.ADMIN)).with(csrf())
                        .param("url", url).param("kinds", "CASE_OPENED, REFUND_ISSUED").param("description", "ERP"))
                .andExpect(redirectedUrl("/office/admin/webhooks"))
                .andExpect(flash().attributeExists("issuedSecret"))
                .andReturn();
        String secret = (String) created.getFlashMap().get("issuedSecret");
        Assertions.assertThat(secret).startsWith("whsec_");
        var endpoint = endpoints.list().stream().filter(e -> e.url().equals(url)).findFirst().orElseThrow();
        Assertions.assertThat(endpoint.kinds()).containsExactly("CASE_OPENED", "REFUND_ISSUED");

        mvc.perform(get("/office/admin/webhooks").with(signedIn(staff, Role.ADMIN)).flashAttr("issuedSecret", secret).flashAttr("noticeUrl", url))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(secret), containsString(url))));
        mvc.perform(get("/office/admin/webhooks").with(signedIn(staff, Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(url), containsString("CASE_OPENED, REFUND_ISSUED"),
                        not(containsString(secret)))));
        mvc.perform(get("/office/admin/webhooks/{id}", endpoint.id()).with(signedIn(staff, Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was sent to this URL yet.")));

        mvc.perform(post("/office/admin/webhooks/{id}/enabled", endpoint.id()).with(signedIn(staff, Role.ADMIN)).with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/office/admin/webhooks"))
                .andExpect(flash().attribute("notice", "webhooks.notice.disabled"));
        Assertions.assertThat(endpoints.get(endpoint.id()).enabled()).isFalse();
        mvc.perform(post("/office/admin/webhooks/{id}/secret", endpoint.id()).with(signedIn(staff, Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("issuedSecret", not(secret)));
        mvc.perform(post("/office/admin/webhooks/{id}/delete", endpoint.id()).with(signedIn(staff, Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("notice", "webhooks.notice.deleted"));
        Assertions.assertThat(endpoints.find(endpoint.id())).isEmpty();
        mvc.perform(post("/office/admin/webhooks/{id}/delete", endpoint.id()).with(signedIn(staff, Role.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("problem", "webhooks.error.unknown"));
        mvc.perform(get("/office/admin/webhooks/{id}", endpoint.id()).with(signedIn(staff, Role.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("a bad URL or kind is shown again with what to fix, in the caller's language, and nothing is registered")
    void badInputIsShownAgain() throws Exception {
        int before = endpoints.list().size();
        mvc.perform(post("/office/admin/webhooks").with(signedIn(staff, Role.ADMIN)).with(csrf()).param("url", "ftp://erp.example.com/x")
                        .param("kinds", "case opened"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Give an https URL whose host is a public address"),
                        containsString("ftp://erp.example.com/x"))));
        mvc.perform(post("/office/admin/webhooks").with(signedIn(staff, Role.ADMIN)).with(csrf()).param("url", "https://10.0.0.5/x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give an https URL whose host is a public address")));
        mvc.perform(post("/office/admin/webhooks").with(signedIn(staff, Role.ADMIN)).with(csrf()).param("url", "https://erp.example.com/x")
                        .param("kinds", "case_opened").header("Accept-Language", "tr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("büyük harfle")));
        Assertions.assertThat(endpoints.list()).hasSize(before);
    }

    @Test
    @DisplayName("the users page and this one link to each other in the administrators' navigation")
    void navigation() throws Exception {
        mvc.perform(get("/office/admin/users").with(signedIn(staff, Role.ADMIN)))
                .andExpect(content().string(containsString("href=\"/office/admin/webhooks\"")));
        mvc.perform(get("/office").with(signedIn(staff, Role.AGENT)))
                .andExpect(content().string(not(containsString("href=\"/office/admin/webhooks\""))));
    }
}
