package com.aftercare.cases.core;

/** The kinds of clock a case can run, each named after what it waits for. */
public final class CaseDeadlines {

    /** RET-1: the request must come within the window counted from delivery. */
    public static final String RETURN_WINDOW = "RETURN_WINDOW";
    /** RET-6: the refund within its period from the goods reaching the store. */
    public static final String REFUND = "REFUND";
    /** DLV-3: the replacement of goods damaged in transport. */
    public static final String REPLACEMENT = "REPLACEMENT";
    /** DLV-4: the photos customer services asked for (a reminder when late; the policy sets no limit). */
    public static final String PHOTOS = "PHOTOS";

    private CaseDeadlines() {
    }
}
