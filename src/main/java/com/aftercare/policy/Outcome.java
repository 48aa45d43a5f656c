package com.aftercare.policy;

/** What the rule core decided (API.md, {@code decision.outcome}). */
public enum Outcome {
    ACCEPTED, REJECTED, PENDING
}
