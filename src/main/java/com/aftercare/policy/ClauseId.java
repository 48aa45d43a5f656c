package com.aftercare.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a clause of the policy book, such as {@code RET-1} or {@code CARE-1}: what every decision
 * cites so that a customer, an agent or an auditor can see why.
 */
public record ClauseId(String value) implements Comparable<ClauseId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,10}-[1-9][0-9]{0,2}");

    public ClauseId {
        Objects.requireNonNull(value, "a clause id is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a clause id is a group and a number, like RET-1, not \"" + value + "\"");
        }
    }

    public static ClauseId of(String value) {
        return new ClauseId(value);
    }

    /** Whether the text has the shape of a clause id, without saying whether such a clause exists. */
    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The group before the dash, e.g. {@code RET}. */
    public String group() {
        return value.substring(0, value.indexOf('-'));
    }

    /** The number after the dash, e.g. 1 for {@code RET-1}. */
    public int number() {
        return Integer.parseInt(value.substring(value.indexOf('-') + 1));
    }

    @Override
    public int compareTo(ClauseId other) {
        int byGroup = group().compareTo(other.group());
        return byGroup != 0 ? byGroup : Integer.compare(number(), other.number());
    }

    @Override
    public String toString() {
        return value;
    }
}
