package com.aftercare.policy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * 23:30 on 31 December 2025 in Istanbul: already 2026-01-01 there though still 2025 in UTC, so a
 * controller that took "today" in the wrong zone would show the wrong policy version.
 */
@TestConfiguration(proxyBeanMethods = false)
class FixedIstanbulClock {

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2025-12-31T21:30:00Z"), ZoneId.of("Europe/Istanbul"));
    }
}
