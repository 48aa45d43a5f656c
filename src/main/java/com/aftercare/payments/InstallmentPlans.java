package com.aftercare.payments;

import com.aftercare.orders.Money;
import com.aftercare.policy.ClauseId;
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

    /**
     * The plans allowed on {@code day} (the policy version in force then) for this card program
     * (null: none), citing the clauses in {@code language}.
     */
    public InstallmentQuote quote(Money total, String cardProgram, LocalDate day, Locale language) {
        PolicyVersion policy = policyBook.inForceOn(day);
        InstallmentRules rules = policy.installments();
        String program = cardProgram == null ? null : cardProgram.toUpperCase(Locale.ROOT);
        List<InstallmentPlan> plans = rules.allowedFor(program).stream()
                .filter(count -> count <= rules.maxInstallments())
                .map(count -> InstallmentPlan.split(total, count))
                .toList();
        List<ClauseId> clauses = new ArrayList<>(List.of(ClauseId.of("PAY-1")));
        if (rules.isRestricted(program)) {
            clauses.add(ClauseId.of("PAY-2"));
        }
        return new InstallmentQuote(total, program, policy.version(), plans, policy.cite(clauses, language));
    }
}
