package com.aftercare.policy.returns;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.policy.Verdict;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * RET-1's verdict and the window it measured, for a case's {@code deadlines}.
 *
 * @param verdict accepted inside the window, rejected outside it or before delivery
 * @param deadline the window; {@code null} only when the goods have not been delivered, so there is no window yet
 */
public record WindowDecision(Verdict verdict, PeriodEnd deadline) {

    public WindowDecision {
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The last moment a request is in time (23:59:59.999999999 of the last day, Istanbul). */
    public Optional<ZonedDateTime> lastMoment() {
        return Optional.ofNullable(deadline).map(PeriodEnd::lastMoment);
    }

    public boolean open() {
        return verdict instanceof Verdict.Accepted;
    }
}
