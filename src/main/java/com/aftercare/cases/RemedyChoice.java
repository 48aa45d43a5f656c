package com.aftercare.cases;

/** What the customer chose once WAR-8 entitles them: a new unit, their money back, or a discount kept on the unit. */
public enum RemedyChoice {
    REPLACEMENT,
    REFUND,
    DISCOUNT
}
