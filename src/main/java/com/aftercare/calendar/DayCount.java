package com.aftercare.calendar;

/**
 * The three ways the policy book ("Counting days") counts a period, each defined by Turkish law.
 */
public enum DayCount {
    /** Calendar days; a period whose last day is a Sunday or holiday ends on the next day that is neither (TBK art. 93). */
    DAYS,
    /** İş günü as the warranty regulation defines it: every day but Sundays and official holidays; Saturdays and half-day eves count. */
    WORKING,
    /** Bank business days: Monday to Friday except official holidays. */
    BANK
}
