package com.aftercare.cases.warranty;

/** The clocks of a warranty repair. */
final class WarrantyDeadlines {

    /** WAR-4: the repair within its maximum of working days from the notification. */
    static final String REPAIR = "REPAIR";
    /** WAR-5: a loaner once the repair is not done within its working days. */
    static final String LOANER = "LOANER";

    private WarrantyDeadlines() {
    }
}
