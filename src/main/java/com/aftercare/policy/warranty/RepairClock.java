package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.Clauses.WAR_4;
import static com.aftercare.policy.warranty.Clauses.WAR_5;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The clock a fault notification starts (WAR-4, WAR-5), counted from the notification's day in Istanbul in the
 * convention the policy file names (today working days: Saturdays and half-day eves count, Sundays and official
 * holidays do not; counting starts the day after).
 *
 * <ul>
 *   <li>WAR-4: the repair is due by the end of the 20th working day; done later, it exceeded the maximum, which is
 *       WAR-8 (f).</li>
 *   <li>WAR-5: not done by the end of the 10th working day, a similar unit is lent to the customer from the next
 *       day until the repair is done.</li>
 * </ul>
 * A clock, not a verdict: nothing is refused here; a late repair or a loaner not lent is the store's breach.
 */
public final class RepairClock {

    private final TurkishCalendar calendar;
    private final LocalDate notifiedOn;
    private final LocalDate repairDue;
    private final LocalDate loanerDue;

    private RepairClock(TurkishCalendar calendar, LocalDate notifiedOn, LocalDate repairDue, LocalDate loanerDue) {
        this.calendar = calendar;
        this.notifiedOn = notifiedOn;
        this.repairDue = repairDue;
        this.loanerDue = loanerDue;
    }

    /** The clock of a fault notified at {@code notifiedAt} (recorded with its channel, WAR-6). */
    public static RepairClock startedAt(Instant notifiedAt, PolicyVersion policy, TurkishCalendar calendar) {
        Objects.requireNonNull(notifiedAt, "notifiedAt");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate notifiedOn = IstanbulDay.of(notifiedAt);
        return new RepairClock(calendar, notifiedOn, after(notifiedOn, policy.repairMaximum(), calendar),
                after(notifiedOn, policy.loanerAfter(), calendar));
    }

    private static LocalDate after(LocalDate day, Period period, TurkishCalendar calendar) {
        return calendar.add(day, period.length(), period.convention());
    }

    /** The day the fault was notified, in Istanbul; not itself counted. */
    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    /** WAR-4: the last day the repair is in time (the 20th working day). */
    public LocalDate repairDue() {
        return repairDue;
    }

    /** WAR-5: the last day the repair may be done without a loaner (the 10th working day). */
    public LocalDate loanerDue() {
        return loanerDue;
    }

    /**
     * WAR-5: whether the customer is owed a loaner on {@code today}: the 10th working day has passed without the
     * repair done, and it is not done yet. The loaner is lent until the repair is done, so from the day it is done
     * it is no longer owed.
     *
     * @param finishedOn the day the repair was done; {@code null} while it is not
     */
    public boolean loanerOwed(LocalDate today, LocalDate finishedOn) {
        Objects.requireNonNull(today, "today");
        return today.isAfter(loanerDue) && (finishedOn == null || finishedOn.isAfter(today));
    }

    /**
     * WAR-4, and WAR-8 (f): whether the repair exceeded the maximum, as known on {@code today}: done after the due
     * day, or not done and the due day has passed.
     *
     * @param finishedOn the day the repair was done; {@code null} while it is not
     */
    public boolean repairLate(LocalDate today, LocalDate finishedOn) {
        Objects.requireNonNull(today, "today");
        return finishedOn != null ? finishedOn.isAfter(repairDue) : today.isAfter(repairDue);
    }

    /** How many working days after the notification day a repair done on {@code finishedOn} took. */
    public int workingDaysTaken(LocalDate finishedOn) {
        return calendar.workingDaysBetween(notifiedOn, Objects.requireNonNull(finishedOn, "finishedOn"));
    }

    /** The clauses that set this clock. */
    public List<ClauseId> clauses() {
        return List.of(WAR_4, WAR_5);
    }
}
