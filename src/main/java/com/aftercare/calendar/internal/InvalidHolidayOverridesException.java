package com.aftercare.calendar.internal;

import java.util.List;

/**
 * The override file is wrong; start-up stops, because counting deadlines on a calendar known to be wrong would
 * decide customers' cases wrongly. The message names the file and each bad entry.
 */
public class InvalidHolidayOverridesException extends IllegalStateException {

    private final String source;
    private final List<String> problems;

    InvalidHolidayOverridesException(String source, List<String> problems) {
        super("Invalid holiday override file '" + source + "':" + System.lineSeparator() + " - "
                + String.join(System.lineSeparator() + " - ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
