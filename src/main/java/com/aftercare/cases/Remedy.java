package com.aftercare.cases;

/** What the customer wants back for returned goods (RET-1: "a return (refund or replacement)"). */
public enum Remedy {
    REFUND, REPLACEMENT
}
