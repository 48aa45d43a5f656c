package com.aftercare.identity;

import java.util.Set;

/**
 * A staff user as an administrator sees them: name, roles, whether they may sign in and call the
 * API, and how many of their API tokens still work (not revoked).
 */
public record StaffUser(String username, String displayName, Set<Role> roles, boolean enabled, int activeTokens) {

    public StaffUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
