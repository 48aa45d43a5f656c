package com.aftercare.cases;

/** How a repair under warranty ended (WAR-4, WAR-8 (g)). */
public enum RepairOutcome {
    FIXED,
    NOT_REPAIRABLE
}
