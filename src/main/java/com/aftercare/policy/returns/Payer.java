package com.aftercare.policy.returns;

/** Who pays for a shipment (RET-5, GEN-5). */
public enum Payer {
    STORE, CUSTOMER
}
