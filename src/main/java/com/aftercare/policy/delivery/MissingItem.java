package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.Clauses.DLV_5;

import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * DLV-5: a missing item is noted on the delivery before signing for the rest.
 *
 * <ul>
 *   <li>Noted: accepted; the store ships the missing item at its own cost. The note is DLV-5's proof, so an
 *       investigation is not consulted.</li>
 *   <li>Not noted (or not yet confirmed): not refused, because DLV-5 says how to report a shortage, not that an
 *       unnoted one is lost; the store investigates, and the agent's finding accepts or rejects it.</li>
 * </ul>
 * This rule needs no policy numbers, so it takes no policy version.
 */
public final class MissingItem {

    public Verdict judge(ShortageFacts facts) {
        Objects.requireNonNull(facts, "facts");
        if (Boolean.TRUE.equals(facts.notedOnDelivery())) {
            return Verdict.accepted(Reason.of("delivery.missing.noted",
                    "The missing item was noted on the delivery before the rest was signed for: the store ships it"
                            + " at its own cost."), DLV_5);
        }
        if (facts.foundMissing() != null) {
            return facts.foundMissing()
                    ? Verdict.accepted(Reason.of("delivery.missing.confirmed",
                            "The investigation found the item missing: the store ships it at its own cost."), DLV_5)
                    : Verdict.rejected(Reason.of("delivery.missing.notConfirmed",
                            "The shortage was not noted on the delivery before signing, and the investigation did not"
                                    + " find the item missing."), DLV_5);
        }
        Reason reason = facts.notedOnDelivery() == null
                ? Reason.of("delivery.missing.noteToConfirm",
                        "Whether the shortage was noted on the delivery before signing is not confirmed yet: an agent"
                                + " reads the delivery''s remarks, and the store investigates meanwhile.")
                : Reason.of("delivery.missing.investigating",
                        "The shortage was not noted on the delivery before signing: the store investigates before"
                                + " shipping anything.");
        return Verdict.pending(reason, List.of(), List.of(DLV_5));
    }
}
