package com.aftercare.policy.warranty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fault in a unit's history, as recorded: the facts WAR-8 counts.
 *
 * @param faultCode the service's code for the fault (what "the same fault" and "different faults" compare)
 * @param notifiedAt when it was notified (WAR-6)
 * @param covered the inspection found it covered ({@link FaultCoverage}); an excluded fault does not count
 * @param repairLate its repair exceeded WAR-4's maximum ({@link RepairClock#repairLate}): WAR-8 (f)
 * @param notRepairable the service (or seller, importer, maker) reported it cannot be repaired: WAR-8 (g)
 * @param repairedAt when its free repair was completed (the unit repaired, under the warranty); null if it was not
 *     repaired free: LAW-4 entitles the customer on the next covered fault after it
 */
public record Fault(String faultCode, Instant notifiedAt, boolean covered, boolean repairLate,
                    boolean notRepairable, Instant repairedAt) {

    /** A fault whose free repair, if any, is not known (WAR-8's counts do not need it). */
    public Fault(String faultCode, Instant notifiedAt, boolean covered, boolean repairLate, boolean notRepairable) {
        this(faultCode, notifiedAt, covered, repairLate, notRepairable, null);
    }

    public Fault {
        Objects.requireNonNull(faultCode, "faultCode");
        Objects.requireNonNull(notifiedAt, "notifiedAt");
        faultCode = faultCode.strip();
        if (faultCode.isEmpty()) {
            throw new IllegalArgumentException("a fault has a fault code");
        }
    }

    /** The day it was notified, in Istanbul. */
    public LocalDate notifiedOn() {
        return IstanbulDay.of(notifiedAt);
    }
}
