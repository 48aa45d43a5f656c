package com.aftercare.policy.returns;

import com.aftercare.policy.Verdict;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The receipt check's verdict and, when it waits, the papers to ask the customer for.
 *
 * @param missing empty unless the verdict is PENDING
 */
public record ReceiptDecision(Verdict verdict, Set<MissingDocument> missing) {

    public ReceiptDecision {
        Objects.requireNonNull(verdict, "verdict");
        missing = missing.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(missing));
    }
}
