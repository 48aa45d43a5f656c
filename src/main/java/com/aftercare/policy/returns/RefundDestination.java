package com.aftercare.policy.returns;

/** Where PAY-3 sends a refund. */
public enum RefundDestination {
    /** Back to the card, paid in one go. */
    SAME_CARD,
    /** Back to the card, reversed by the bank against the installment plan. */
    CARD_INSTALLMENT_PLAN,
    /** To the customer's bank account (IBAN): for bank transfers and cash on delivery. */
    BANK_ACCOUNT
}
