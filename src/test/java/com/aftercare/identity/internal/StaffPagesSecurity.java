package com.aftercare.identity.internal;

import static org.mockito.Mockito.mock;

import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The real security chains for a {@code @WebMvcTest} of a page controller, without a database:
 * the token and password lookups are stubs, since these tests sign people in directly with
 * {@link #signedIn(Role...)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({SecurityConfiguration.class, ProblemSecurityResponses.class})
public class StaffPagesSecurity {

    @Bean
    JdbcStaffDirectory jdbcStaffDirectory() {
        return mock(JdbcStaffDirectory.class);
    }

    @Bean
    RateLimitedSignIn rateLimitedSignIn() {
        return mock(RateLimitedSignIn.class);
    }

    /**
     * A new staff user with these roles, signed in to the pages as the sign-in leaves them: for tests of the whole
     * service, where every page request checks the session's account in the database.
     */
    public static RequestPostProcessor signedIn(StaffDirectory directory, Role... roles) {
        Caller caller = directory.createUser("page-test-" + UUID.randomUUID().toString().substring(0, 8), "Page test user",
                Set.of(roles));
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(caller, null, StaffAccounts.authorities(caller));
        signedIn.setDetails(new StaffSessionCheck.SignedIn(0)); // a new user's account version, as the sign-in records it
        return authentication(signedIn);
    }

    /**
     * A staff user signed in to the pages with these roles, as the sign-in leaves them: a {@link Caller} principal. For
     * {@code @WebMvcTest}s, whose stub directory lets every session stand.
     */
    public static RequestPostProcessor signedIn(Role... roles) {
        var caller = new Caller(UUID.randomUUID(), "page-test-user", Set.of(roles));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, StaffAccounts.authorities(caller)));
    }
}
