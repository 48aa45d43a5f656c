package com.aftercare.policy;

/** What a sold item is, as the shop reports it (API.md) and as the clauses name it (RET-3, GEN-3). */
public enum ProductCategory {
    WATCH, SMART_WATCH, HEADPHONES, CHARGER, STRAP, ACCESSORY;

    /** A watch or smart watch: a unit with a serial number and a warranty of its own (WAR-1). */
    public boolean isWatch() {
        return this == WATCH || this == SMART_WATCH;
    }
}
