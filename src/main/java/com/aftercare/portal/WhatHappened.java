package com.aftercare.portal;

import com.aftercare.cases.CaseType;

/** What the customer says happened, in plain words, and the case it opens. */
enum WhatHappened {
    CHANGED_MIND(CaseType.RETURN),
    ARRIVED_DAMAGED(CaseType.DEFECT_AFTER_DELIVERY),
    SOMETHING_MISSING(CaseType.MISSING_ITEM),
    WRONG_ITEM(CaseType.WRONG_ITEM),
    STOPPED_WORKING(CaseType.WARRANTY);

    /** The fault code of a warranty case the customer opens: what the customer says, before the service diagnoses it. */
    static final String CUSTOMER_FAULT = "CUSTOMER_REPORTED";

    final CaseType type;

    WhatHappened(CaseType type) {
        this.type = type;
    }

    public CaseType type() {
        return type;
    }
}
