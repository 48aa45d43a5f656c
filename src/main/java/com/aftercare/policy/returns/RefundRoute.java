package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.PAY_2;
import static com.aftercare.policy.returns.Clauses.PAY_3;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.BankWindow;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * PAY-3: a refund goes back the way the customer paid. A card is refunded to the same card; a purchase
 * in installments is reversed by the bank against its plan, the refund split over the installments to
 * the kuruş (the odd kuruş on the first ones, as the checkout splits a total); the customer is shown the
 * bank's window, counted from the issue day in the policy's convention. A bank transfer or a payment on
 * delivery is paid to the customer's IBAN, and waits for a valid one. PAY-2 is cited whenever the card's
 * program is one its bank restricts, since every refund must respect that restriction.
 */
public final class RefundRoute {

    private final PolicyVersion policy;
    private final TurkishCalendar calendar;

    public RefundRoute(PolicyVersion policy, TurkishCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public RefundRouteDecision judge(RefundFacts refund) {
        Objects.requireNonNull(refund, "refund");
        return refund.method() == PaymentMethod.CARD ? toCard(refund) : toAccount(refund);
    }

    private RefundRouteDecision toCard(RefundFacts refund) {
        int max = policy.installments().maxInstallments();
        if (refund.installments() > max) {
            throw new IllegalArgumentException("a card payment has 1 to " + max + " installments, not "
                    + refund.installments());
        }
        List<ClauseId> cited = new ArrayList<>(List.of(PAY_3));
        if (policy.installments().isRestricted(refund.cardProgram())) {
            cited.add(PAY_2);
        }
        ExpectedRefundWindow window = expectedWindow(refund);
        String amount = refund.refundAmount().setScale(2).toPlainString();
        boolean single = refund.installments() == 1;
        Reason reason = single
                ? Reason.of("refund.route.sameCard",
                        "The refund of {0} {1} goes back to the card used; the bank is expected to show it between"
                                + " {2} and {3}.", amount, refund.currency(), window.earliest(), window.latest())
                : Reason.of("refund.route.installmentPlan",
                        "The refund of {0} {1} goes back to the card used and is reversed by the bank against the"
                                + " {2}-installment plan; the bank is expected to show it between {3} and {4}.",
                        amount, refund.currency(), refund.installments(), window.earliest(), window.latest());
        return new RefundRouteDecision(single ? RefundDestination.SAME_CARD : RefundDestination.CARD_INSTALLMENT_PLAN,
                Verdict.accepted(reason, cited.toArray(ClauseId[]::new)),
                split(refund.refundAmount(), refund.installments()), window, null);
    }

    private RefundRouteDecision toAccount(RefundFacts refund) {
        if (refund.customerIban() == null || refund.customerIban().isBlank()) {
            return pending(Reason.of("refund.route.ibanNeeded",
                    "The order was not paid by card, so the refund is paid to the customer''s bank account: ask"
                            + " the customer for their IBAN."));
        }
        Optional<String> problem = Iban.problemWith(refund.customerIban());
        if (problem.isPresent()) {
            return pending(Reason.of("refund.route.ibanInvalid",
                    "The IBAN the customer gave cannot be used: {0}. Ask the customer for it again.", problem.get()));
        }
        Iban iban = Iban.parse(refund.customerIban());
        return new RefundRouteDecision(RefundDestination.BANK_ACCOUNT, Verdict.accepted(Reason.of("refund.route.bankAccount",
                "The refund of {0} {1} is paid to the customer''s bank account {2}.",
                refund.refundAmount().setScale(2).toPlainString(), refund.currency(), iban.formatted()), PAY_3),
                List.of(), null, iban);
    }

    private static RefundRouteDecision pending(Reason reason) {
        return new RefundRouteDecision(RefundDestination.BANK_ACCOUNT, Verdict.pending(reason, List.of(), List.of(PAY_3)),
                List.of(), null, null);
    }

    private ExpectedRefundWindow expectedWindow(RefundFacts refund) {
        BankWindow bank = policy.bankWindow();
        return new ExpectedRefundWindow(
                calendar.add(refund.issuedOn(), bank.earliest(), bank.convention()),
                calendar.add(refund.issuedOn(), bank.latest(), bank.convention()));
    }

    /** The amount in n parts to the kuruş; the parts that do not divide evenly take one kuruş more, first. */
    static List<InstallmentReversal> split(BigDecimal amount, int parts) {
        long kurus = amount.movePointRight(2).longValueExact();
        long each = kurus / parts;
        long odd = kurus % parts;
        List<InstallmentReversal> reversals = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            reversals.add(new InstallmentReversal(i + 1, BigDecimal.valueOf(each + (i < odd ? 1 : 0), 2)));
        }
        return reversals;
    }
}
