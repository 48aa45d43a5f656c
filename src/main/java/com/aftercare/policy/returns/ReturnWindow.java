package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.RET_1;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * RET-1: a return is asked for within the policy's period from the day of delivery in Istanbul. The
 * period ends at the end of its last day, moved past a Sunday or an official holiday (the policy book,
 * "Counting days").
 *
 * <p>Only the end is checked: a request recorded before the delivery moment is in time (the law lets
 * a consumer withdraw before the goods arrive; RET-1 sets no start).
 */
public final class ReturnWindow {

    private final PolicyVersion policy;
    private final TurkishCalendar calendar;

    public ReturnWindow(PolicyVersion policy, TurkishCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param deliveredAt when the goods were delivered; {@code null} while they have not been
     * @param requestedAt when the customer asked (recorded with its channel)
     */
    public WindowDecision judge(Instant deliveredAt, Instant requestedAt) {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Period window = policy.returnWindow();
        if (deliveredAt == null) {
            return new WindowDecision(Verdict.rejected(Reason.of("return.notDelivered",
                    "The {0}-day return window is counted from delivery; the goods have not been delivered yet.",
                    window.length()), RET_1), null);
        }
        PeriodEnd deadline = PeriodCount.from(deliveredAt, window, calendar);
        LocalDateTime askedLocal = requestedAt.atZone(TurkishCalendar.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES);
        Verdict verdict = deadline.isInTime(requestedAt)
                ? Verdict.accepted(Reason.of("return.window.open",
                        "Asked within the {0}-day return window from delivery on {1}, which closes at the end of {2}"
                                + " (Istanbul time).",
                        window.length(), deadline.from(), deadline.end()), RET_1)
                : Verdict.rejected(Reason.of("return.window.closed",
                        "The {0}-day return window from delivery on {1} closed at the end of {2} (Istanbul time);"
                                + " the request came on {3}.",
                        window.length(), deadline.from(), deadline.end(), askedLocal), RET_1);
        return new WindowDecision(verdict, deadline);
    }
}
