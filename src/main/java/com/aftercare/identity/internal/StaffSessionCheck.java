package com.aftercare.identity.internal;

import com.aftercare.identity.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff session follows its account: on every page request the user must still exist and be enabled, hold the
 * roles the session holds, and have the account version it signed in with (a password change or a disabling bumps
 * it). Otherwise the session ends there and then, and the request goes on as anonymous, so the page chain sends it
 * to sign in. Checked against the database each time, not kept in memory, so it holds on every instance and
 * wherever sessions are kept.
 */
class StaffSessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StaffSessionCheck.class);

    /** What a staff session remembers of its sign-in, besides the {@link Caller}. */
    record SignedIn(int accountVersion) implements Serializable {
    }

    private final JdbcStaffDirectory directory;
    private final RequestMatcher staticFiles;

    /** @param staticFiles what asks nothing of the account: not worth a query on every style sheet and script */
    StaffSessionCheck(JdbcStaffDirectory directory, RequestMatcher staticFiles) {
        this.directory = directory;
        this.staticFiles = staticFiles;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return staticFiles.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            Integer version = authentication.getDetails() instanceof SignedIn signedIn ? signedIn.accountVersion() : null;
            Optional<String> reason = directory.whySessionEnds(caller, version);
            if (reason.isPresent()) {
                log.info("Ended the session of {}: {}", caller.username(), reason.get());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
