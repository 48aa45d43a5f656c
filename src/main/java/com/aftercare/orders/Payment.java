package com.aftercare.orders;

/**
 * How the order was paid.
 *
 * @param cardProgram the card's program in upper case (e.g. WORLD, whose bank restricts installments: PAY-2), or null
 * @param installments 1 for a single payment; more only for CARD (PAY-1)
 */
public record Payment(PaymentMethod method, String cardProgram, int installments, Money total) {
}
