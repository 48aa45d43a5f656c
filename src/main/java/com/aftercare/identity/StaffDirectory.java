package com.aftercare.identity;

import java.util.Optional;
import java.util.Set;

/** Staff users and the API tokens they call with. */
public interface StaffDirectory {

    /** Creates a user with these roles; the user name is lower case letters, digits, '.', '_' or '-'. */
    Caller createUser(String username, String displayName, Set<Role> roles);

    Optional<Caller> findUser(String username);

    /**
     * Issues a new random API token for the user and returns it; only its digest is stored, so
     * this is the one moment it can be read.
     */
    String issueToken(String username, String tokenName);

    /** Stores a token chosen by the caller (the documented demo tokens); only its digest is kept. */
    void registerToken(String username, String tokenName, String token);

    /**
     * Sets the password the user signs in to the staff pages with; only a slow, salted hash is
     * stored (bcrypt, by Spring Security's delegating encoder, which also reads older hashes).
     *
     * @throws IllegalArgumentException for an unknown user or a password shorter than 8 characters
     */
    void setPassword(String username, String rawPassword);
}
