package com.aftercare.policy.returns;

import com.aftercare.policy.ClauseId;

/** A paper a return can arrive without and the customer can still send (GEN-4, DLV-2). */
public enum MissingDocument {
    SIGNED_RETURN_FORM(Clauses.GEN_4, "the signed return form"),
    ORIGINAL_INVOICE(Clauses.DLV_2, "the original invoice"),
    COMPANY_RETURN_INVOICE(Clauses.DLV_2, "the company's return invoice");

    private final ClauseId clause;
    private final String englishPhrase;

    MissingDocument(ClauseId clause, String englishPhrase) {
        this.clause = clause;
        this.englishPhrase = englishPhrase;
    }

    /** The clause that asks for it. */
    public ClauseId clause() {
        return clause;
    }

    /** How an English reason names it (an argument, so not quoted for MessageFormat). */
    String englishPhrase() {
        return englishPhrase;
    }
}
