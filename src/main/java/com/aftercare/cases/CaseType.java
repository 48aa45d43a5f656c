package com.aftercare.cases;

/** What the customer asks for (API.md). */
public enum CaseType {
    /** The right of withdrawal: RET-1..RET-6. */
    RETURN,
    DAMAGED_ON_DELIVERY,
    DEFECT_AFTER_DELIVERY,
    MISSING_ITEM,
    WRONG_ITEM,
    WARRANTY
}
