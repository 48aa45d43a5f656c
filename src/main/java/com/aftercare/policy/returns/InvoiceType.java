package com.aftercare.policy.returns;

/**
 * Who the goods were invoiced to (DLV-2). The orders module has its own enum of the same names; the
 * policy module cannot depend on orders (orders depends on policy), so a case maps one to the other
 * by name.
 */
public enum InvoiceType {
    INDIVIDUAL, CORPORATE
}
