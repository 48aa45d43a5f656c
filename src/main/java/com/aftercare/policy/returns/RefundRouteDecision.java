package com.aftercare.policy.returns;

import com.aftercare.policy.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * PAY-3's routing of one refund.
 *
 * @param destination where the money goes
 * @param verdict ACCEPTED with the route, or PENDING while a non-card refund waits for a valid IBAN
 * @param reversals per installment, what the bank takes off; one entry for a single card payment; empty otherwise
 * @param expected the bank's expected window, for cards; {@code null} otherwise
 * @param iban the account, for non-card refunds once valid; {@code null} otherwise
 */
public record RefundRouteDecision(RefundDestination destination, Verdict verdict, List<InstallmentReversal> reversals,
                                  ExpectedRefundWindow expected, Iban iban) {

    public RefundRouteDecision {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(verdict, "verdict");
        reversals = List.copyOf(reversals);
    }

    public Optional<ExpectedRefundWindow> expectedWindow() {
        return Optional.ofNullable(expected);
    }
}
