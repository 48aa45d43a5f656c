package com.aftercare.policy.delivery;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * DLV-3's verdict and, once accepted, when the replacement is due.
 *
 * @param verdict accepted with the report, pending without it, rejected when the goods were signed for
 * @param replacement the replacement period; {@code null} unless the verdict is accepted
 */
public record DamageDecision(Verdict verdict, ReplacementDue replacement) {

    public DamageDecision {
        Objects.requireNonNull(verdict, "verdict");
        if ((replacement != null) != (verdict.outcome() == Outcome.ACCEPTED)) {
            throw new IllegalArgumentException("a replacement is due exactly when DLV-3 is accepted");
        }
    }

    /** The last moment the replacement is in time, once there is one. */
    public Optional<ZonedDateTime> lastMoment() {
        return Optional.ofNullable(replacement).map(ReplacementDue::lastMoment);
    }

    /**
     * Goods signed for and found damaged later are DLV-4's (a DEFECT_AFTER_DELIVERY case), not DLV-3's: the
     * rejection says so, and the agent opens that case instead.
     */
    public boolean belongsToDefectAfterDelivery() {
        return verdict.outcome() == Outcome.REJECTED;
    }
}
