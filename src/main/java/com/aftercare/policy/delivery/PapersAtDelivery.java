package com.aftercare.policy.delivery;

/**
 * What came with the goods at delivery (DLV-1).
 *
 * @param invoiceArrived the invoice came with the goods
 */
public record PapersAtDelivery(boolean invoiceArrived) {
}
