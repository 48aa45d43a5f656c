package com.aftercare.policy;

import com.aftercare.calendar.DayCount;
import java.util.Objects;

/**
 * PAY-3: after the store issues a card refund, the bank shows it to the customer between
 * {@code earliest} and {@code latest} days later, counted by {@code convention}.
 */
public record BankWindow(int earliest, int latest, DayCount convention) {

    public BankWindow {
        Objects.requireNonNull(convention, "convention");
        if (earliest < 1 || latest < earliest) {
            throw new IllegalArgumentException(
                    "a bank window runs from a day to the same or a later day, not " + earliest + ".." + latest);
        }
    }
}
