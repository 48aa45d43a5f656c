package com.aftercare.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service. Business dates are read in the store's zone (Europe/Istanbul);
 * instants are stored as timestamptz. A demo can pin the clock or move it forward to show
 * deadlines passing ({@code aftercare.clock.fixed} or {@code aftercare.clock.offset}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(ClockProperties properties) {
        ZoneId zone = properties.zone() == null ? ZoneId.of("Europe/Istanbul") : properties.zone();
        if (properties.fixed() != null) {
            log.warn("The clock is pinned at {}: deadlines will not move", properties.fixed());
            return Clock.fixed(properties.fixed(), zone);
        }
        Clock system = Clock.system(zone);
        if (properties.offset() != null && !properties.offset().isZero()) {
            log.warn("The clock runs {} ahead of the real time", properties.offset());
            return Clock.offset(system, properties.offset());
        }
        return system;
    }

    /**
     * @param zone the store's zone for business dates
     * @param fixed pin the clock at this instant (demos, never production)
     * @param offset run the clock this far ahead (demos, never production)
     */
    @ConfigurationProperties("aftercare.clock")
    record ClockProperties(ZoneId zone, Instant fixed, Duration offset) {
    }
}
