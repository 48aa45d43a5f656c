package com.aftercare.identity.web;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.identity.StaffUser;
import com.aftercare.identity.internal.StaffPagesSecurity;
import com.aftercare.policy.internal.PolicyBookConfiguration;
import com.aftercare.policy.web.StoreContacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AdminUsersPageController.class)
@Import({StaffPagesSecurity.class, PolicyBookConfiguration.class, StoreContacts.class, AdminUsersPageControllerTest.Support.class})
@DisplayName("The administrators' users page /office/admin/users")
class AdminUsersPageControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Support {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Istanbul"));
        }
    }

    @Autowired
    MockMvc mvc;

    /** StaffPagesSecurity's mock of the directory (the token filter needs it too), fresh for every test. */
    @Autowired
    StaffDirectory directory;

    @BeforeEach
    void someUsers() {
        reset(directory);
        when(directory.users()).thenReturn(List.of(
                new StaffUser("ayse", "Ayşe Yılmaz", Set.of(Role.AGENT), true, 2),
                new StaffUser("old.tech", "Old Technician", Set.of(Role.TECHNICIAN), false, 0)));
    }

    @Nested
    @DisplayName("who may use it")
    class Access {

        @Test
        void without_signing_in_the_browser_is_sent_to_the_sign_in_page() throws Exception {
            mvc.perform(get("/office/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(post("/office/admin/users/ayse/tokens").param("name", "x").with(csrf()))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }

        @Test
        void staff_who_are_not_administrators_are_refused() throws Exception {
            for (Role role : List.of(Role.AGENT, Role.TECHNICIAN, Role.FINANCE, Role.INTEGRATION)) {
                mvc.perform(get("/office/admin/users").with(signedIn(role))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/office/admin/users/ayse/enabled").param("enabled", "false").with(csrf()).with(signedIn(Role.AGENT)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/office/admin/users/ayse/tokens").param("name", "x").with(csrf()).with(signedIn(Role.AGENT)))
                    .andExpect(status().isForbidden());
            verify(directory, never()).setEnabled(anyString(), eq(false));
            verify(directory, never()).issueToken(anyString(), anyString());
        }

        @Test
        void a_form_without_its_csrf_token_is_refused() throws Exception {
            mvc.perform(post("/office/admin/users/ayse/enabled").param("enabled", "false").with(signedIn(Role.ADMIN)))
                    .andExpect(status().isForbidden());
            verify(directory, never()).setEnabled(anyString(), eq(false));
        }

        @Test
        void only_administrators_see_the_users_link() throws Exception {
            mvc.perform(get("/office/admin/users").with(signedIn(Role.ADMIN)))
                    .andExpect(content().string(containsString("href=\"/office/admin/users\"")));
        }
    }

    @Test
    void lists_users_with_roles_state_and_tokens_and_every_form_carries_csrf_and_labels() throws Exception {
        mvc.perform(get("/office/admin/users").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ayşe Yılmaz"), containsString("Customer services"),
                        containsString("old.tech"), containsString("Disabled"), containsString("name=\"_csrf\""),
                        containsString("action=\"/office/admin/users/ayse/enabled\""),
                        containsString("action=\"/office/admin/users/ayse/tokens/revoke\""),
                        not(containsString("action=\"/office/admin/users/old.tech/tokens/revoke\"")),
                        containsString("for=\"new-role-ADMIN\""), containsString("for=\"new-password\""),
                        containsString("for=\"token-name-0\""))));
    }

    @Test
    void in_turkish() throws Exception {
        mvc.perform(get("/office/admin/users").param("lang", "tr").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kullanıcılar ve anahtarlar"), containsString("Müşteri hizmetleri"),
                        containsString("Devre dışı"))));
    }

    @Test
    void creates_a_user_with_roles_and_an_initial_password() throws Exception {
        when(directory.findUser("new.agent")).thenReturn(Optional.empty());
        mvc.perform(post("/office/admin/users").with(csrf()).with(signedIn(Role.ADMIN))
                        .param("username", "new.agent").param("displayName", "New Agent")
                        .param("roles", "AGENT", "FINANCE").param("password", "long enough"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/office/admin/users"))
                .andExpect(flash().attribute("notice", "admin.notice.created"));
        verify(directory).createUser("new.agent", "New Agent", EnumSet.of(Role.AGENT, Role.FINANCE));
        verify(directory).setPassword("new.agent", "long enough");
    }

    @Test
    void a_bad_new_user_form_is_shown_again_with_what_to_fix() throws Exception {
        mvc.perform(post("/office/admin/users").with(csrf()).with(signedIn(Role.ADMIN))
                        .param("username", "Bad Name").param("displayName", "Kept").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("The user name needs"), containsString("Choose at least one role"),
                        containsString("at least 8 characters"), containsString("value=\"Kept\""), not(containsString("value=\"short\"")))));
        verify(directory, never()).createUser(anyString(), anyString(), any());
    }

    @Test
    void a_taken_user_name_is_refused() throws Exception {
        when(directory.findUser("ayse")).thenReturn(Optional.of(new Caller(UUID.randomUUID(), "ayse", Set.of(Role.AGENT))));
        mvc.perform(post("/office/admin/users").with(csrf()).with(signedIn(Role.ADMIN))
                        .param("username", "ayse").param("displayName", "Other").param("roles", "AGENT").param("password", "long enough"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("That user name is taken")));
        verify(directory, never()).createUser(anyString(), anyString(), any());
    }

    @Test
    void disables_and_enables_a_user() throws Exception {
        when(directory.setEnabled("ayse", false)).thenReturn(true);
        mvc.perform(post("/office/admin/users/ayse/enabled").param("enabled", "false").with(csrf()).with(signedIn(Role.ADMIN)))
                .andExpect(redirectedUrl("/office/admin/users"))
                .andExpect(flash().attribute("notice", "admin.notice.disabled"));
        verify(directory).setEnabled("ayse", false);
    }

    @Test
    void an_administrator_cannot_disable_themselves() throws Exception {
        mvc.perform(post("/office/admin/users/page-test-user/enabled").param("enabled", "false").with(csrf()).with(signedIn(Role.ADMIN)))
                .andExpect(redirectedUrl("/office/admin/users"))
                .andExpect(flash().attribute("problem", "admin.error.disableSelf"));
        verify(directory, never()).setEnabled(anyString(), eq(false));
    }

    @Test
    void an_issued_token_is_shown_once_after_the_redirect_and_never_again() throws Exception {
        when(directory.findUser("ayse")).thenReturn(Optional.of(new Caller(UUID.randomUUID(), "ayse", Set.of(Role.AGENT))));
        when(directory.issueToken("ayse", "laptop")).thenReturn("ac_the-secret-token");
        var posted = mvc.perform(post("/office/admin/users/ayse/tokens").param("name", "laptop").with(csrf()).with(signedIn(Role.ADMIN)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/office/admin/users"))
                .andExpect(flash().attribute("issuedToken", "ac_the-secret-token"))
                .andReturn();
        mvc.perform(get("/office/admin/users").with(signedIn(Role.ADMIN)).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"ac_the-secret-token\""), containsString("shown this once only"))));
        mvc.perform(get("/office/admin/users").with(signedIn(Role.ADMIN)))
                .andExpect(content().string(not(containsString("ac_the-secret-token"))));
    }

    @Test
    void revokes_every_token_of_a_user() throws Exception {
        when(directory.findUser("ayse")).thenReturn(Optional.of(new Caller(UUID.randomUUID(), "ayse", Set.of(Role.AGENT))));
        when(directory.revokeTokens("ayse")).thenReturn(2);
        var posted = mvc.perform(post("/office/admin/users/ayse/tokens/revoke").with(csrf()).with(signedIn(Role.ADMIN)))
                .andExpect(redirectedUrl("/office/admin/users"))
                .andReturn();
        mvc.perform(get("/office/admin/users").with(signedIn(Role.ADMIN)).flashAttrs(posted.getFlashMap()))
                .andExpect(content().string(containsString("2 tokens of ayse were revoked.")));
    }
}
