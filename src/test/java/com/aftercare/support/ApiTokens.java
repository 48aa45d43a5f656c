package com.aftercare.support;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * Bearer tokens for tests: one user per role, created through the real directory on first use.
 * Import it with {@code @Import(ApiTokens.class)} or rely on {@link IntegrationTest}.
 */
@TestComponent
public class ApiTokens {

    private final StaffDirectory directory;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    public ApiTokens(StaffDirectory directory) {
        this.directory = directory;
    }

    /** {@code "Bearer <token>"} of a test user holding just this role. */
    public synchronized String bearer(Role role) {
        return "Bearer " + tokens.computeIfAbsent(role, this::newUserWith);
    }

    private String newUserWith(Role role) {
        String username = "test-" + role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(username, "Test " + role, Set.of(role));
        return directory.issueToken(username, "test");
    }
}
