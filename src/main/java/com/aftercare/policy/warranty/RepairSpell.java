package com.aftercare.policy.warranty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stretch of time a unit spent in a warranty repair (WAR-3), as recorded: the day the service took it in and
 * the day it was done, both Istanbul dates.
 *
 * @param started the day the unit went into repair
 * @param finished the day the repair was done; {@code null} while the unit is still in repair
 */
public record RepairSpell(LocalDate started, LocalDate finished) {

    public RepairSpell {
        Objects.requireNonNull(started, "started");
        if (finished != null && finished.isBefore(started)) {
            throw new IllegalArgumentException("a repair cannot finish (" + finished + ") before it started ("
                    + started + ")");
        }
    }

    public boolean open() {
        return finished == null;
    }

    /** The last day in repair as known on {@code asOf}: an open spell, or one finishing later, runs up to it. */
    LocalDate lastDayAsOf(LocalDate asOf) {
        return finished == null || finished.isAfter(asOf) ? asOf : finished;
    }
}
