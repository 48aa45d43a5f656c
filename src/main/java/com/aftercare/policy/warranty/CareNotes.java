package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.Clauses.CARE_1;

import com.aftercare.policy.ClauseId;
import java.util.List;

/**
 * CARE-1: a waterproof watch's warranty answer carries its care notes (hot water, drops, solvents, no swimming on
 * a leather strap), cited like any clause so they show in the customer's language. Other units have none.
 */
public final class CareNotes {

    private CareNotes() {
    }

    /** The clauses to cite with the warranty answer of a unit. */
    public static List<ClauseId> toCite(boolean waterproof) {
        return waterproof ? List.of(CARE_1) : List.of();
    }
}
