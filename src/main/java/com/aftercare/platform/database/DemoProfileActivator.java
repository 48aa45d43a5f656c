package com.aftercare.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The demo profile is the default only where it is harmless: on the embedded database, when no
 * profile was chosen. Pointing the service at a real PostgreSQL never creates demo credentials
 * unless {@code demo} is asked for by name.
 */
public class DemoProfileActivator implements EnvironmentPostProcessor {

    public static final String DEMO_PROFILE = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        boolean profileChosen = environment.getActiveProfiles().length > 0;
        if (embedded && !profileChosen) {
            environment.addActiveProfile(DEMO_PROFILE);
        }
    }
}
