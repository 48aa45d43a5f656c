package com.aftercare.identity.internal;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a real installation, where no demo user exists: with
 * {@code aftercare.bootstrap.admin-token} set (at least 32 characters, from a secret store), a user
 * {@code admin} is created once holding that token. The admin then creates the other users and
 * tokens through the API, and the setting can be removed.
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    private final StaffDirectory directory;
    private final String token;

    AdminBootstrap(StaffDirectory directory, @Value("${aftercare.bootstrap.admin-token:}") String token) {
        this.directory = directory;
        this.token = token;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createFirstAdmin() {
        if (token.isBlank() || directory.findUser(ADMIN).isPresent()) {
            return;
        }
        if (token.length() < 32) {
            throw new IllegalStateException("aftercare.bootstrap.admin-token must be at least 32 random characters");
        }
        directory.createUser(ADMIN, "Administrator", Set.of(Role.ADMIN));
        directory.registerToken(ADMIN, "bootstrap", token);
        log.info("Created the first administrator '{}' with the bootstrap token", ADMIN);
    }
}
