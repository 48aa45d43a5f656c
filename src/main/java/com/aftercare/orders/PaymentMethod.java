package com.aftercare.orders;

/** How the order was paid: PAY-3 refunds by the same method. */
public enum PaymentMethod {
    CARD, BANK_TRANSFER, CASH_ON_DELIVERY
}
