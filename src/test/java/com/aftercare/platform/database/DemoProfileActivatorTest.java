package com.aftercare.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The demo switches itself on only on the embedded database, and only then brings its own addresses and key. */
@DisplayName("The demo profile and its defaults")
class DemoProfileActivatorTest {

    private final DemoProfileActivator activator = new DemoProfileActivator();

    @Test
    @DisplayName("on the embedded database with no profile chosen: the demo, reached on this machine, with its own webhook key")
    void embeddedWithoutProfile() {
        var environment = environment(Map.of("server.port", "8484"));
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).containsExactly("demo");
        assertThat(environment.getProperty("aftercare.public-url")).isEqualTo("http://localhost:8484");
        assertThat(environment.getProperty("aftercare.allowed-hosts")).isEqualTo("localhost,127.0.0.1,::1");
        assertThat(environment.getProperty("aftercare.webhooks.secret-key")).isEqualTo(DemoProfileActivator.DEMO_WEBHOOK_KEY);
    }

    @Test
    @DisplayName("what is configured counts over the demo's defaults")
    void configuredWins() {
        var environment = environment(Map.of("aftercare.public-url", "https://service.example.com"));
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("aftercare.public-url")).isEqualTo("https://service.example.com");
    }

    @Test
    @DisplayName("a real database or another profile gets no demo default: the public URL and the key must be set")
    void realInstallation() {
        var external = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db.example.com/aftercare"));
        activator.postProcessEnvironment(external, new SpringApplication());
        assertThat(external.getActiveProfiles()).isEmpty();
        assertThat(external.getProperty("aftercare.public-url")).isNull();
        assertThat(external.getProperty("aftercare.webhooks.secret-key")).isNull();

        var production = environment(Map.of());
        production.setActiveProfiles("production");
        activator.postProcessEnvironment(production, new SpringApplication());
        assertThat(production.getProperty("aftercare.public-url")).isNull();
    }

    @Test
    @DisplayName("the demo asked for by name brings its defaults too")
    void demoByName() {
        var environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db.example.com/aftercare"));
        environment.setActiveProfiles("demo");
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("aftercare.public-url")).isEqualTo("http://localhost:8080");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
