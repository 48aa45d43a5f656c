package com.aftercare.policy.delivery;

import com.aftercare.policy.ClauseId;

/** The clause ids the delivery rules cite, spelt once. */
final class Clauses {

    static final ClauseId DLV_1 = ClauseId.of("DLV-1");
    static final ClauseId DLV_3 = ClauseId.of("DLV-3");
    static final ClauseId DLV_4 = ClauseId.of("DLV-4");
    static final ClauseId DLV_5 = ClauseId.of("DLV-5");
    static final ClauseId DLV_6 = ClauseId.of("DLV-6");
    static final ClauseId GEN_4 = ClauseId.of("GEN-4");
    static final ClauseId RET_1 = ClauseId.of("RET-1");

    private Clauses() {
    }
}
