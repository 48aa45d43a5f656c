package com.aftercare.identity;

import java.util.List;
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

    /** Every staff user, by user name. */
    List<StaffUser> users();

    /**
     * Enables or disables a user. A disabled user cannot sign in to the pages, and their API
     * tokens are refused (401) while they stay disabled; enabling them again makes the tokens
     * that were not revoked work again.
     *
     * @return false for an unknown user
     */
    boolean setEnabled(String username, boolean enabled);

    /**
     * Revokes every API token of the user that still works, for good.
     *
     * @return how many tokens were revoked
     */
    int revokeTokens(String username);
}
