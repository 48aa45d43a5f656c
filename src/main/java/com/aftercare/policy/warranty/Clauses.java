package com.aftercare.policy.warranty;

import com.aftercare.policy.ClauseId;

/** The clause ids the warranty rules cite, spelt once. */
final class Clauses {

    static final ClauseId WAR_1 = ClauseId.of("WAR-1");
    static final ClauseId WAR_2 = ClauseId.of("WAR-2");
    static final ClauseId WAR_3 = ClauseId.of("WAR-3");
    /** The statutory floor's repair period (POLICY.md, LAW-3), under WAR-3. */
    static final ClauseId LAW_3 = ClauseId.of("LAW-3");
    static final ClauseId WAR_4 = ClauseId.of("WAR-4");
    static final ClauseId WAR_5 = ClauseId.of("WAR-5");
    static final ClauseId WAR_7 = ClauseId.of("WAR-7");
    static final ClauseId WAR_8 = ClauseId.of("WAR-8");
    /** The statutory floor's new fault after a free repair (POLICY.md, LAW-4), under WAR-8 (a)–(e). */
    static final ClauseId LAW_4 = ClauseId.of("LAW-4");
    static final ClauseId WAR_9 = ClauseId.of("WAR-9");
    static final ClauseId EXC_1 = ClauseId.of("EXC-1");
    static final ClauseId EXC_2 = ClauseId.of("EXC-2");
    static final ClauseId EXC_3 = ClauseId.of("EXC-3");
    static final ClauseId EXC_4 = ClauseId.of("EXC-4");
    static final ClauseId EXC_5 = ClauseId.of("EXC-5");
    static final ClauseId EXC_6 = ClauseId.of("EXC-6");
    static final ClauseId EXC_7 = ClauseId.of("EXC-7");
    static final ClauseId EXC_8 = ClauseId.of("EXC-8");
    static final ClauseId CARE_1 = ClauseId.of("CARE-1");

    private Clauses() {
    }
}
