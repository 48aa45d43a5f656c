package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.Clauses.EXC_1;
import static com.aftercare.policy.warranty.Clauses.EXC_2;
import static com.aftercare.policy.warranty.Clauses.EXC_3;
import static com.aftercare.policy.warranty.Clauses.EXC_4;
import static com.aftercare.policy.warranty.Clauses.EXC_5;
import static com.aftercare.policy.warranty.Clauses.EXC_6;
import static com.aftercare.policy.warranty.Clauses.EXC_7;
import static com.aftercare.policy.warranty.Clauses.EXC_8;
import static com.aftercare.policy.warranty.Clauses.WAR_9;

import com.aftercare.policy.ClauseId;
import java.util.Optional;

/**
 * What the service's inspection found caused a fault: the one cause that decides coverage. Where two could
 * apply, the inspection records the one that made the fault (water through a glass broken in a fall is
 * {@link #ABUSE_OR_ACCIDENT}, not {@link #WATER_CONTACT}).
 */
public enum FaultCause {
    /** WAR-7. */
    MATERIAL(null),
    /** WAR-7. */
    WORKMANSHIP(null),
    /** WAR-7. */
    ASSEMBLY(null),
    BATTERY_LIFE(EXC_1),
    NORMAL_WEAR(EXC_2),
    ABUSE_OR_ACCIDENT(EXC_3),
    OPENED_BY_UNAUTHORISED(EXC_4),
    FIRE_OR_DISASTER(EXC_5),
    UNAUTHORISED_SERVICE(EXC_6),
    CASE_GLASS_BATTERY_DAMAGE(EXC_7),
    /**
     * EXC-8 excludes water only for a watch that is not waterproof. Water inside a waterproof watch whose case
     * the inspection found intact means its seal failed: a fault of material, workmanship or assembly, covered
     * by WAR-7.
     */
    WATER_CONTACT(EXC_8),
    AGAINST_MANUAL(WAR_9);

    private final ClauseId exclusion;

    FaultCause(ClauseId exclusion) {
        this.exclusion = exclusion;
    }

    /** The clause that takes this cause out of the warranty for a unit, or empty when WAR-7 covers it. */
    public Optional<ClauseId> exclusionFor(boolean waterproof) {
        return this == WATER_CONTACT && waterproof ? Optional.empty() : Optional.ofNullable(exclusion);
    }
}
