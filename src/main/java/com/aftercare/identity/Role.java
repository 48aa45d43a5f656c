package com.aftercare.identity;

/** What a staff user or a system may do (API.md, "Authentication"). */
public enum Role {
    /** The store's own systems: orders. */
    INTEGRATION,
    /** Customer services: opens and arranges cases. */
    AGENT,
    /** Technical service: inspections and repairs. */
    TECHNICIAN,
    /** Refunds. */
    FINANCE,
    /** Users, tokens, policy. */
    ADMIN;

    /** The Spring Security authority name, as {@code hasRole(...)} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
