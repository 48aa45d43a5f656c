package com.aftercare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The service's public address: required, an absolute http(s) URL, and the only start of every link. */
@DisplayName("The public address")
class PublicAddressTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicAddress.class)
    static class Bound {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    @DisplayName("without it the service does not start, and the failure says what to set")
    void required() {
        context.run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                .hasMessageContaining("aftercare.public-url").hasMessageContaining("AFTERCARE_PUBLIC_URL"));
        context.withPropertyValues("aftercare.public-url=").run(started -> assertThat(started).hasFailed());
    }

    @Test
    @DisplayName("links start with it, without a doubled slash; its host and the allowed ones are the hosts served")
    void links() {
        context.withPropertyValues("aftercare.public-url=https://Service.Example.com/aftercare/", "aftercare.allowed-hosts=[::1],Internal.")
                .run(started -> {
                    PublicAddress address = started.getBean(PublicAddress.class);
                    assertThat(address.link("/portal")).isEqualTo("https://Service.Example.com/aftercare/portal");
                    assertThat(address.hosts()).containsExactlyInAnyOrder("service.example.com", "::1", "internal");
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"service.example.com", "ftp://service.example.com", "https://", "https://service.example.com/?x=1",
            "https://service.example.com/#top", "https://user@service.example.com", "https://exa mple.com"})
    @DisplayName("anything but an absolute http(s) URL with a host is refused, naming the property")
    void malformed(String url) {
        assertThatThrownBy(() -> new PublicAddress(url, List.of())).hasMessageContaining("aftercare.public-url must be an absolute");
    }
}
