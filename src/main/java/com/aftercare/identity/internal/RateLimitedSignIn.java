package com.aftercare.identity.internal;

import com.aftercare.identity.internal.StaffAccounts.StaffAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A staff user's sign-in at the pages: the password checked by Spring Security against
 * {@code app_user}, every attempt recorded, and a locked name or address refused before its
 * password is even looked at. The session's principal is the {@link com.aftercare.identity.Caller},
 * as it is for an API token, so the pages record the same "who" on a case's timeline.
 */
@Component
class RateLimitedSignIn implements AuthenticationProvider {

    /** Too many failures: refused without checking the password, whatever it is. */
    static final class SignInLocked extends AuthenticationException {
        SignInLocked() {
            super("too many failed sign-ins; try again later");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;

    RateLimitedSignIn(JdbcClient jdbc, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(new StaffAccounts(jdbc));
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
        var start = attempts.start(authentication.getName(), address);
        if (start instanceof SignInAttempts.Locked) {
            throw new SignInLocked();
        }
        long attemptId = ((SignInAttempts.Proceed) start).attemptId();
        try {
            Authentication checked = passwords.authenticate(authentication);
            attempts.finish(attemptId, true);
            StaffAccount account = (StaffAccount) checked.getPrincipal();
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(account.caller(), null, checked.getAuthorities());
            // The account's version as it was at sign-in: a later password change or disabling bumps it and ends
            // this session on its next request (StaffSessionCheck).
            signedIn.setDetails(new StaffSessionCheck.SignedIn(account.version()));
            return signedIn;
        } catch (RuntimeException e) {
            attempts.finish(attemptId, false);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
