package com.aftercare.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a staff user or one of the store's systems, with its roles. Recorded on every
 * step it takes (the "who" of a case's timeline). Serializable: a signed-in staff user's session keeps it.
 */
public record Caller(UUID userId, String username, Set<Role> roles) implements Principal, Serializable {

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
