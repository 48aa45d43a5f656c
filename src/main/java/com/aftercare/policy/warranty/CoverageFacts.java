package com.aftercare.policy.warranty;

import java.time.Instant;
import java.util.Objects;

/**
 * What decides whether a fault is repaired under the warranty (WAR-1, WAR-3, WAR-7, WAR-9, EXC-1..EXC-8).
 *
 * @param cause what the inspection found; {@code null} until the unit has been inspected
 * @param waterproof the unit is a waterproof watch (EXC-8)
 * @param notifiedAt when the fault was notified (WAR-6): its day in Istanbul must be within the warranty
 * @param warranty the unit's warranty, derived from its delivery and repairs
 */
public record CoverageFacts(FaultCause cause, boolean waterproof, Instant notifiedAt, WarrantyPeriod warranty) {

    public CoverageFacts {
        Objects.requireNonNull(notifiedAt, "notifiedAt");
        Objects.requireNonNull(warranty, "warranty");
    }
}
