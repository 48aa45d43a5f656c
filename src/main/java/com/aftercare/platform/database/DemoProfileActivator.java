package com.aftercare.platform.database;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo profile is the default only where it is harmless: on the embedded database, when no
 * profile was chosen. Pointing the service at a real PostgreSQL never creates demo credentials
 * unless {@code demo} is asked for by name.
 *
 * <p>Where the demo runs, it brings its own defaults for what a real installation must set itself (the public
 * address, the host names it answers to, the webhook secrets' key), beneath everything configured: set any of them
 * and yours counts. They are given here, not in a profile section of application.yml, because a profile switched on
 * here comes after the configuration files were read.
 */
public class DemoProfileActivator implements EnvironmentPostProcessor {

    public static final String DEMO_PROFILE = "demo";

    /**
     * The demo's webhook key: public by being in the source, so it protects nothing but the demo's made-up
     * receivers. A real installation sets its own (README, "Webhooks").
     */
    static final String DEMO_WEBHOOK_KEY = "ZGVtby1vbmx5LWtleS1hZnRlcmNhcmUtd2ViaG9va3M=";

    static final Map<String, Object> DEMO_DEFAULTS = Map.of(
            "aftercare.public-url", "http://localhost:${server.port:8080}",
            "aftercare.allowed-hosts", "localhost,127.0.0.1,::1",
            "aftercare.webhooks.secret-key", DEMO_WEBHOOK_KEY);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        boolean profileChosen = environment.getActiveProfiles().length > 0;
        if (embedded && !profileChosen) {
            environment.addActiveProfile(DEMO_PROFILE);
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE)) {
            environment.getPropertySources().addLast(new MapPropertySource("aftercare-demo-defaults", DEMO_DEFAULTS));
        }
    }
}
