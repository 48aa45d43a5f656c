package com.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.aftercare.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff sign in to the pages with a password: every attempt is recorded, and five failures of one
 * user name within the window lock it, whatever the next password is.
 */
@IntegrationTest
@DisplayName("Staff sign-in at /login")
class StaffSignInTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_right_password_leads_to_the_work_queue() throws Exception {
        String username = agentWithPassword();
        mvc.perform(signIn(username, PASSWORD, "10.1.0.1"))
                .andExpect(redirectedUrl("/office"))
                .andExpect(authenticated().withUsername(username).withRoles("AGENT"));
        assertThat(outcomes(username)).containsExactly("SUCCEEDED");
    }

    @Test
    void a_wrong_password_is_refused_and_recorded() throws Exception {
        String username = agentWithPassword();
        mvc.perform(signIn(username, "not the password", "10.1.0.2"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(outcomes(username)).containsExactly("FAILED");
    }

    @Test
    void the_sixth_attempt_after_five_failures_is_locked_even_with_the_right_password() throws Exception {
        String username = agentWithPassword();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "guess " + i, "10.1.0.3"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(username, PASSWORD, "10.1.0.4"))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        assertThat(outcomes(username)).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "LOCKED");
    }

    @Test
    void a_disabled_user_cannot_sign_in() throws Exception {
        String username = agentWithPassword();
        jdbc.sql("update app_user set enabled = false where username = ?").param(username).update();
        mvc.perform(signIn(username, PASSWORD, "10.1.0.5"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void a_user_without_a_password_cannot_sign_in() throws Exception {
        String username = "no-password-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(username, "API only", Set.of(Role.INTEGRATION));
        mvc.perform(signIn(username, "", "10.1.0.6"))
                .andExpect(redirectedUrl("/login?error"));
    }

    private String agentWithPassword() {
        String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(username, "Sign-in test", Set.of(Role.AGENT));
        directory.setPassword(username, PASSWORD);
        return username;
    }

    private java.util.List<String> outcomes(String username) {
        return jdbc.sql("select outcome from sign_in_attempt where username = ? order by id").param(username)
                .query(String.class).list();
    }

    /** The sign-in form as a browser posts it, with its CSRF token, from this address. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username,
            String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
