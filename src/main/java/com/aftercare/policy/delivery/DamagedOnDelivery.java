package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.Clauses.DLV_3;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * DLV-3: goods damaged in transport are refused at the door, the carrier's officer writes a damage report, and
 * the store replaces them within the policy's period at no charge for shipping or product.
 *
 * <ul>
 *   <li>Refused, report recorded: accepted, with the replacement's due date ({@link ReplacementDeadline}).</li>
 *   <li>Refused, no report yet: pending; the report is the proof DLV-3 asks for.</li>
 *   <li>Signed for: rejected as DLV-3, even with a carrier's report, because DLV-3 starts with the refusal; the
 *       damage is then DLV-4's "noticed after delivery", and the reason points there.</li>
 * </ul>
 */
public final class DamagedOnDelivery {

    private final ReplacementDeadline deadline;

    public DamagedOnDelivery(PolicyVersion policy, TurkishCalendar calendar) {
        this.deadline = new ReplacementDeadline(policy, calendar);
    }

    public DamageDecision judge(TransportDamage facts) {
        Objects.requireNonNull(facts, "facts");
        if (!facts.refusedAtDoor()) {
            return new DamageDecision(Verdict.rejected(Reason.of("delivery.damaged.signedFor",
                    "The goods were signed for, not refused at the door, so this is not damage in transport (DLV-3);"
                            + " open a case for damage noticed after delivery (DLV-4) instead."), DLV_3), null);
        }
        DamageReport report = facts.report();
        if (report == null) {
            return new DamageDecision(Verdict.pending(Reason.of("delivery.damaged.reportNeeded",
                    "The goods were refused at the door; the carrier''s damage report is needed before the"
                            + " replacement is due."), List.of(), List.of(DLV_3)), null);
        }
        ReplacementDue due = deadline.due(report.writtenOn());
        return new DamageDecision(Verdict.accepted(Reason.of("delivery.damaged.reported",
                "The goods were refused at the door and the carrier wrote damage report {0} on {1}: the store"
                        + " replaces them at no charge for shipping or product by the end of {2} (Istanbul time).",
                report.number(), report.writtenOn(), due.due()), DLV_3), due);
    }
}
