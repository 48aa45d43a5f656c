package com.aftercare.identity;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a staff user or one of the store's systems, with its roles. Recorded on every
 * step it takes (the "who" of a case's timeline).
 */
public record Caller(UUID userId, String username, Set<Role> roles) implements Principal {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The user name: what Spring Security's {@code Authentication.getName()} answers. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
