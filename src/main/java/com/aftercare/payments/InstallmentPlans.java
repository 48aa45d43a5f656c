package com.aftercare.payments;

import com.aftercare.orders.Money;
import com.aftercare.policy.InstallmentRules;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** PAY-1 and PAY-2 at checkout: which installment counts an amount may be split into, and into what. */
@Service
public class InstallmentPlans {

    private final PolicyBook policyBook;

    public InstallmentPlans(PolicyBook policyBook) {
        this.policyBook = policyBook;
    }

    /** The plans allowed on {@code day} (the policy version in force then) for this card program, or none (null). */
    public InstallmentQuote quote(Money total, String cardProgram, LocalDate day) {
        PolicyVersion policy = policyBook.inForceOn(day);
        InstallmentRules rules = policy.installments();
        String program = cardProgram == null ? null : cardProgram.toUpperCase(Locale.ROOT);
        List<InstallmentPlan> plans = rules.allowedFor(program).stream()
                .filter(count -> count <= rules.maxInstallments())
                .map(count -> InstallmentPlan.split(total, count))
                .toList();
        List<String> clauses = new ArrayList<>(List.of("PAY-1"));
        if (rules.isRestricted(program)) {
            clauses.add("PAY-2");
        }
        return new InstallmentQuote(total, program, policy.version(), plans, clauses);
    }
}
