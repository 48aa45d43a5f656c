package com.aftercare.policy.returns;

import com.aftercare.policy.ClauseId;

/** The clause ids the return rules cite, spelt once. */
final class Clauses {

    static final ClauseId PAY_2 = ClauseId.of("PAY-2");
    static final ClauseId PAY_3 = ClauseId.of("PAY-3");
    static final ClauseId RET_1 = ClauseId.of("RET-1");
    static final ClauseId RET_2 = ClauseId.of("RET-2");
    static final ClauseId RET_3 = ClauseId.of("RET-3");
    static final ClauseId RET_4 = ClauseId.of("RET-4");
    static final ClauseId RET_5 = ClauseId.of("RET-5");
    static final ClauseId RET_6 = ClauseId.of("RET-6");
    static final ClauseId GEN_1 = ClauseId.of("GEN-1");
    static final ClauseId GEN_2 = ClauseId.of("GEN-2");
    static final ClauseId GEN_3 = ClauseId.of("GEN-3");
    static final ClauseId GEN_4 = ClauseId.of("GEN-4");
    static final ClauseId GEN_5 = ClauseId.of("GEN-5");
    static final ClauseId DLV_2 = ClauseId.of("DLV-2");

    private Clauses() {
    }
}
