package com.aftercare.policy.returns;

/**
 * How the order was paid (PAY-3 refunds by the same method). Same names as the orders module's enum,
 * which the policy module cannot depend on.
 */
public enum PaymentMethod {
    CARD, BANK_TRANSFER, CASH_ON_DELIVERY
}
