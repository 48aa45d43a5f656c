package com.aftercare.policy.returns;

import java.time.LocalDate;
import java.util.Objects;

/** PAY-3: the days between which the bank is expected to show a card refund, shown to the customer. */
public record ExpectedRefundWindow(LocalDate earliest, LocalDate latest) {

    public ExpectedRefundWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("the window ends " + latest + ", before it starts " + earliest);
        }
    }
}
