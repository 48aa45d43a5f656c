package com.aftercare.policy.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What PAY-3 needs to route a refund.
 *
 * @param installments the purchase's installment count; 1 for a single payment and for any other method
 * @param cardProgram e.g. {@code WORLD}; {@code null} for none
 * @param total what the order cost
 * @param refundAmount what is refunded now: more than zero, at most the total, to the kuruş
 * @param currency ISO 4217, e.g. {@code TRY}
 * @param issuedOn the day (Istanbul) the store issues the refund
 * @param customerIban the account a non-card refund goes to, as the customer gave it; {@code null} if not given
 */
public record RefundFacts(PaymentMethod method, int installments, String cardProgram, BigDecimal total,
                          BigDecimal refundAmount, String currency, LocalDate issuedOn, String customerIban) {

    public RefundFacts {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(refundAmount, "refundAmount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (installments < 1) {
            throw new IllegalArgumentException("a payment has at least one installment, not " + installments);
        }
        if (refundAmount.signum() <= 0 || refundAmount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a refund is more than zero, to the kuruş, not " + refundAmount);
        }
        if (refundAmount.compareTo(total) > 0) {
            throw new IllegalArgumentException("a refund of " + refundAmount + " is more than the total " + total);
        }
    }
}
