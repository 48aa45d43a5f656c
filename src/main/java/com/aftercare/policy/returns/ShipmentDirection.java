package com.aftercare.policy.returns;

/** Which way a unit travels in a case. */
public enum ShipmentDirection {
    TO_STORE, TO_CUSTOMER
}
