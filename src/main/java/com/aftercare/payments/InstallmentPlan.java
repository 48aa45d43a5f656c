package com.aftercare.payments;

import com.aftercare.orders.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A purchase split into monthly installments (PAY-1). The amounts add up to the total exactly, to
 * the kuruş: what does not divide evenly is carried by the first installments, one kuruş each.
 */
public record InstallmentPlan(int installments, List<Money> amounts) {

    public InstallmentPlan {
        amounts = List.copyOf(amounts);
    }

    public static InstallmentPlan split(Money total, int installments) {
        if (installments < 1) {
            throw new IllegalArgumentException("a plan has at least one installment, not " + installments);
        }
        long minor = total.minorUnits();
        long regular = minor / installments;
        long remainder = minor % installments;
        List<Money> amounts = new ArrayList<>(installments);
        for (int i = 0; i < installments; i++) {
            amounts.add(Money.ofMinor(regular + (i < remainder ? 1 : 0), total.currency()));
        }
        return new InstallmentPlan(installments, amounts);
    }

    /** The first installment: the largest, when the total does not divide evenly. */
    public Money first() {
        return amounts.getFirst();
    }

    /** The installment paid every other month. */
    public Money regular() {
        return amounts.getLast();
    }
}
