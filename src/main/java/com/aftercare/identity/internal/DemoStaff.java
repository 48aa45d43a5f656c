package com.aftercare.identity.internal;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's users: one per role, each with a documented token and the documented password
 * {@value #DEMO_PASSWORD} (README), so a demo can call the API and sign in to the pages at once.
 * Outside the demo profile no default credential exists.
 */
@Component
@Profile("demo")
class DemoStaff {

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private final StaffDirectory directory;
    private final Environment environment;

    DemoStaff(StaffDirectory directory, Environment environment) {
        this.directory = directory;
        this.environment = environment;
    }

    /** The documented password of every demo user at the staff pages ({@code /login}). */
    static final String DEMO_PASSWORD = "demo-password";

    /** The documented demo token of a role, e.g. {@code demo-agent-token}. */
    static String tokenOf(Role role) {
        return "demo-" + role.name().toLowerCase(Locale.ROOT) + "-token";
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createAndAnnounce() {
        for (Role role : Role.values()) {
            String username = "demo-" + role.name().toLowerCase(Locale.ROOT);
            if (directory.findUser(username).isEmpty()) {
                directory.createUser(username, "Demo " + role.name().toLowerCase(Locale.ROOT), Set.of(role));
                directory.registerToken(username, "demo token", tokenOf(role));
            }
            // set on every start, so an older demo database gains the documented password too
            directory.setPassword(username, DEMO_PASSWORD);
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String tokens = Arrays.stream(Role.values()).map(role -> role + "=" + tokenOf(role)).collect(Collectors.joining(", "));
        log.info("Aftercare demo is ready at http://localhost:{}/ (API docs: /swagger-ui.html). Demo API tokens: {}", port, tokens);
        log.info("Staff pages: http://localhost:{}/office, sign in as demo-agent, demo-technician, demo-finance or demo-admin "
                + "with the password '{}'", port, DEMO_PASSWORD);
    }
}
