package com.aftercare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The wait after a failed delivery doubles from the base up to the maximum")
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @ParameterizedTest(name = "after failure {0}: {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "4, PT4M", "7, PT32M", "8, PT1H", "9, PT1H", "1000, PT1H"})
    void doublesUpToTheMaximum(int failures, Duration wait) {
        assertThat(backoff.after(failures)).isEqualTo(wait);
    }

    @Test
    void aMaximumBelowTheBaseCapsTheFirstWaitToo() {
        assertThat(new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)).after(1)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void failuresStartAtOne() {
        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
