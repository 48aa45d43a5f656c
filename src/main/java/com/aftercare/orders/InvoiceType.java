package com.aftercare.orders;

/** Who the invoice is made out to: DLV-2 returns goods invoiced to a company only against its return invoice. */
public enum InvoiceType {
    INDIVIDUAL, CORPORATE
}
