package com.aftercare.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.support.IntegrationTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A staff session stands for its account as it is now, not as it was at sign-in: disabling the user, changing
 * their roles or their password ends the session on its very next request, which is sent to sign in again.
 */
@IntegrationTest
@DisplayName("A staff session follows its account")
class StaffSessionFollowsAccountTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a disabled user's next page request is sent to sign in, and the old session stays dead once re-enabled")
    void disabled() throws Exception {
        String user = agent();
        MockHttpSession session = signIn(user);
        mvc.perform(get("/office").session(session)).andExpect(status().isOk());

        directory.setEnabled(user, false);
        mvc.perform(get("/office").session(session)).andExpect(redirectedUrl("/login"));

        directory.setEnabled(user, true);
        mvc.perform(get("/office").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("a change of roles ends the session: an agent made technician signs in again to get the new role")
    void rolesChanged() throws Exception {
        String user = agent();
        MockHttpSession session = signIn(user);
        mvc.perform(get("/office").session(session)).andExpect(status().isOk());

        jdbc.sql("update app_user_role set role = 'TECHNICIAN' where user_id = (select id from app_user where username = ?)")
                .param(user).update();
        mvc.perform(get("/office").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("an administrator who loses the ADMIN role loses the admin pages at once")
    void adminRoleRemoved() throws Exception {
        String user = "session-admin-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(user, "Session admin", Set.of(Role.ADMIN, Role.AGENT));
        directory.setPassword(user, PASSWORD);
        MockHttpSession session = signIn(user);
        mvc.perform(get("/office/admin/users").session(session)).andExpect(status().isOk());

        jdbc.sql("delete from app_user_role where role = 'ADMIN' and user_id = (select id from app_user where username = ?)")
                .param(user).update();
        mvc.perform(get("/office/admin/users").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("a new password ends the sessions signed in with the old one")
    void passwordChanged() throws Exception {
        String user = agent();
        MockHttpSession session = signIn(user);
        directory.setPassword(user, "a completely new password");
        mvc.perform(get("/office").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("a session that does not say which account version signed in (older than this check) is ended")
    void sessionWithoutItsVersion() throws Exception {
        String user = agent();
        Caller caller = directory.findUser(user).orElseThrow();
        var old = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(caller, null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_AGENT")));
        mvc.perform(get("/office").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(old))).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("an unchanged account keeps its session")
    void unchanged() throws Exception {
        String user = agent();
        MockHttpSession session = signIn(user);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/office").session(session)).andExpect(status().isOk());
        }
    }

    private String agent() {
        String user = "session-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(user, "Session test", Set.of(Role.AGENT));
        directory.setPassword(user, PASSWORD);
        return user;
    }

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", user).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/office")).andReturn().getRequest().getSession(false);
    }
}
