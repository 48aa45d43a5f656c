package com.aftercare.policy.returns;

/** The state of the original box or packaging as the store finds it at receipt (GEN-1, GEN-2). */
public enum Packaging {
    INTACT, DAMAGED, MISSING
}
