package com.aftercare.cases;

/** Where a case stands in its life. Which steps each status allows is decided by the case's lifecycle. */
public enum CaseStatus {
    /** Opened; waiting for the goods' way back to be arranged, or for a fact or decision (a damage report, an investigation). */
    REQUESTED,
    /** DLV-4: customer services asked for photos of the damage or defect. */
    AWAITING_PHOTOS,
    /** Refused when opened (outside the window, not delivered, nothing returnable). */
    REJECTED,
    /** The way back is arranged (a pickup code, or the customer's own carrier). */
    AWAITING_GOODS,
    /** The carrier has the goods. */
    IN_TRANSIT,
    /** The goods reached the store; inspection follows. */
    RECEIVED,
    /** Everything is judged and at least one item is taken back: refund or replacement next. */
    ACCEPTED,
    /** Nothing is taken back: the goods go back to the customer. */
    REFUSED,
    /** WAR-4: the unit is being repaired; the repair clock runs. */
    IN_REPAIR,
    /** The repair is done; the unit goes back to the customer. */
    REPAIRED,
    /** WAR-8 (g): the service reports the fault cannot be repaired; the customer chooses a remedy. */
    NOT_REPAIRABLE,
    /** An excluded fault: a paid repair was quoted and waits for the customer's answer. */
    QUOTED,
    REFUNDED,
    REPLACED,
    /** Refused goods are on their way back to the customer. */
    SENT_BACK,
    CANCELLED;

    /** The closed statuses, as queues and dashboards leave them out. */
    public static java.util.List<CaseStatus> closed() {
        return java.util.Arrays.stream(values()).filter(CaseStatus::isClosed).toList();
    }

    public boolean isClosed() {
        return this == REJECTED || this == REFUNDED || this == REPLACED || this == SENT_BACK || this == CANCELLED;
    }
}
