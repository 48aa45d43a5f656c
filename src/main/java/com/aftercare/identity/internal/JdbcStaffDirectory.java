package com.aftercare.identity.internal;

import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.identity.StaffUser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcStaffDirectory implements StaffDirectory {

    static final int MINIMUM_PASSWORD_LENGTH = 8;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final Cache<String, Caller> tokens;

    JdbcStaffDirectory(JdbcClient jdbc, Clock clock, PasswordEncoder passwords,
            @Value("${aftercare.security.token-cache:5s}") Duration tokenCache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwords = passwords;
        // Every API call names its token: remembering who holds it for a few seconds spares the database two queries a
        // call. A token revoked or a user disabled here is forgotten at once; on another instance within tokenCache.
        this.tokens = Caffeine.newBuilder().expireAfterWrite(tokenCache).maximumSize(10_000).build();
    }

    @Override
    @Transactional
    public Caller createUser(String username, String displayName, Set<Role> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into app_user (id, username, display_name, created_at) values (?, ?, ?, ?)")
                .params(id, username, displayName, java.sql.Timestamp.from(clock.instant()))
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return new Caller(id, username, roles);
    }

    @Override
    public Optional<Caller> findUser(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username)
                .query(UUID.class).optional()
                .map(id -> new Caller(id, username, rolesOf(id)));
    }

    @Override
    public String issueToken(String username, String tokenName) {
        String token = TokenDigest.newToken();
        registerToken(username, tokenName, token);
        return token;
    }

    @Override
    public void registerToken(String username, String tokenName, String token) {
        Caller user = findUser(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_sha256, created_at) values (?, ?, ?, ?, ?)
                on conflict (token_sha256) do nothing""")
                .params(UUID.randomUUID(), user.userId(), tokenName, TokenDigest.of(token), java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public void setPassword(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        int updated = jdbc.sql("update app_user set password_hash = ?, version = version + 1 where username = ?")
                .params(passwords.encode(rawPassword), username)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No user " + username);
        }
    }

    @Override
    public List<StaffUser> users() {
        return jdbc.sql("""
                select u.username, u.display_name, u.enabled,
                       (select count(*) from api_token t where t.user_id = u.id and t.revoked_at is null) as active_tokens,
                       (select coalesce(string_agg(r.role, ','), '') from app_user_role r where r.user_id = u.id) as roles
                  from app_user u
                 order by u.username""")
                .query((rs, row) -> new StaffUser(rs.getString("username"), rs.getString("display_name"),
                        parseRoles(rs.getString("roles")), rs.getBoolean("enabled"), rs.getInt("active_tokens")))
                .list();
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        forgetTokensOf(username);
        return jdbc.sql("update app_user set enabled = ?, version = version + 1 where username = ?")
                .params(enabled, username)
                .update() > 0;
    }

    @Override
    public int revokeTokens(String username) {
        forgetTokensOf(username);
        return jdbc.sql("""
                update api_token set revoked_at = ?
                 where revoked_at is null and user_id = (select id from app_user where username = ?)""")
                .params(java.sql.Timestamp.from(clock.instant()), username)
                .update();
    }

    private void forgetTokensOf(String username) {
        tokens.asMap().values().removeIf(caller -> caller.username().equals(username));
    }

    private static Set<Role> parseRoles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name));
            }
        }
        return roles;
    }

    /** The enabled user holding this unrevoked token, if any; remembered for {@code aftercare.security.token-cache}. */
    Optional<Caller> findByToken(String token) {
        String digest = TokenDigest.of(token);
        Caller known = tokens.getIfPresent(digest);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Caller> found = holderOf(digest);
        found.ifPresent(caller -> tokens.put(digest, caller));
        return found;
    }

    private Optional<Caller> holderOf(String digest) {
        record Row(UUID id, String username) {
        }
        return jdbc.sql("""
                select u.id, u.username
                  from api_token t join app_user u on u.id = t.user_id
                 where t.token_sha256 = ? and t.revoked_at is null and u.enabled""")
                .param(digest)
                .query(Row.class).optional()
                .map(row -> new Caller(row.id(), row.username(), rolesOf(row.id())));
    }

    /**
     * Why a signed-in session no longer stands for its account, if it does not: the user is gone or disabled, holds
     * other roles than the session, or changed password or status since the session signed in (its account version
     * then, or none for a session older than this check).
     */
    Optional<String> whySessionEnds(Caller caller, Integer signedInVersion) {
        if (signedInVersion == null) {
            return Optional.of("the session does not say which version of the account signed in (it is older than this check)");
        }
        record Standing(boolean enabled, int version, String roles) {
        }
        Optional<Standing> standing = jdbc.sql("""
                select u.enabled, u.version, coalesce(string_agg(r.role, ','), '') as roles
                  from app_user u left join app_user_role r on r.user_id = u.id
                 where u.id = ?
                 group by u.id""")
                .param(caller.userId())
                .query(Standing.class).optional();
        if (standing.isEmpty()) {
            return Optional.of("the user no longer exists");
        }
        Standing now = standing.get();
        Set<Role> roles = parseRoles(now.roles());
        if (!now.enabled()) {
            return Optional.of("the user was disabled");
        }
        if (!roles.equals(caller.roles())) {
            return Optional.of("the user's roles changed from " + caller.roles() + " to " + roles);
        }
        if (signedInVersion != now.version()) {
            return Optional.of("the account changed since the sign-in (its password or status)");
        }
        return Optional.empty();
    }

    private Set<Role> rolesOf(UUID userId) {
        List<String> names = jdbc.sql("select role from app_user_role where user_id = ?").param(userId).query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
