package com.aftercare.policy.delivery;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The damage report the carrier's officer writes when damaged goods are refused at the door (DLV-3).
 *
 * @param number the carrier's report number
 * @param writtenOn the day it was written, in Istanbul; DLV-3's replacement period runs from it
 */
public record DamageReport(String number, LocalDate writtenOn) {

    public DamageReport {
        Objects.requireNonNull(number, "number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a damage report has a number");
        }
        Objects.requireNonNull(writtenOn, "writtenOn");
    }
}
