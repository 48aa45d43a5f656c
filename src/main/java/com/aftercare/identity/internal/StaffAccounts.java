package com.aftercare.identity.internal;

import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Staff users as the page sign-in sees them, read from {@code app_user}. A user without a password
 * (a system that only calls the API) cannot sign in to the pages; a disabled user is refused by
 * Spring Security's account checks.
 *
 * <p>Not a bean on purpose: only the page chain's sign-in uses it, so Spring Security does not
 * build a second, global authentication manager around it.
 */
class StaffAccounts implements UserDetailsService {

    /** A staff user with the password hash to check; the {@link Caller} becomes the session's principal. */
    record StaffAccount(Caller caller, String passwordHash, boolean enabled, int version) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return authorities(caller);
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return caller.username();
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }
    }

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<SimpleGrantedAuthority> authorities(Caller caller) {
        return caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(UUID id, String username, String passwordHash, boolean enabled, int version) {
        }
        Row row = jdbc.sql("""
                select id, username, password_hash, enabled, version from app_user where username = ? and password_hash is not null""")
                .param(username)
                .query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no staff user with a password by that name"));
        var roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = ?").param(row.id()).query(String.class).list()
                .forEach(name -> roles.add(Role.valueOf(name)));
        return new StaffAccount(new Caller(row.id(), row.username(), roles), row.passwordHash(), row.enabled(), row.version());
    }
}
