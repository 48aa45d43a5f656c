package com.aftercare.policy;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * PAY-1 and PAY-2: how many monthly installments a card purchase may be split into, and the
 * counts a card program's bank still allows.
 *
 * @param maxInstallments PAY-1's ceiling
 * @param restrictedPrograms per card program (upper case, e.g. WORLD) the counts its bank allows
 */
public record InstallmentRules(int maxInstallments, Map<String, SortedSet<Integer>> restrictedPrograms) {

    public InstallmentRules {
        restrictedPrograms = Map.copyOf(restrictedPrograms);
    }

    /** The installment counts a purchase on this card program may use; {@code null} means no program. */
    public SortedSet<Integer> allowedFor(String cardProgram) {
        SortedSet<Integer> restricted = cardProgram == null ? null : restrictedPrograms.get(cardProgram.toUpperCase(java.util.Locale.ROOT));
        if (restricted != null) {
            return new TreeSet<>(restricted);
        }
        return IntStream.rangeClosed(1, maxInstallments).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean isRestricted(String cardProgram) {
        return cardProgram != null && restrictedPrograms.containsKey(cardProgram.toUpperCase(java.util.Locale.ROOT));
    }
}
