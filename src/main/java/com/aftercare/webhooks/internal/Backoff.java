package com.aftercare.webhooks.internal;

import java.time.Duration;

/** The wait after a failed attempt: {@code base} after the first, doubling after each further one, never above {@code max}. */
record Backoff(Duration base, Duration max) {

    /** The wait after the {@code failures}-th failure in a row (1 = the first). */
    Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1");
        }
        Duration wait = base;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
