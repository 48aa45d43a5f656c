package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.Clauses.DLV_4;
import static com.aftercare.policy.delivery.Clauses.GEN_4;
import static com.aftercare.policy.delivery.Clauses.RET_1;

import com.aftercare.calendar.PeriodEnd;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.ReturnWindow;
import com.aftercare.policy.returns.WindowDecision;
import java.util.List;
import java.util.Objects;

/**
 * DLV-4: damage or a defect noticed after delivery. Customer services may ask for photos; if the examination finds
 * the customer did not cause it, the unit is replaced one-to-one and travels back with the signed return fields of
 * the invoice (GEN-4).
 *
 * <ul>
 *   <li>The examination's finding decides, photos or not: DLV-4 says photos "may" be asked for, so they are what
 *       the case waits on before the examination, not a condition of the replacement.</li>
 *   <li>DLV-4 sets no time limit, so a late report is never refused. After RET-1's return window (counted as
 *       {@link ReturnWindow} counts it) an undecided case suggests the warranty flow instead, and cites RET-1 for
 *       the window; the agent chooses. Once the examination has decided, there is nothing left to suggest.</li>
 * </ul>
 */
public final class DefectAfterDelivery {

    private final ReturnWindow returnWindow;

    public DefectAfterDelivery(PolicyVersion policy, TurkishCalendar calendar) {
        this.returnWindow = new ReturnWindow(policy, calendar);
    }

    public DefectDecision judge(DefectFacts facts) {
        Objects.requireNonNull(facts, "facts");
        WindowDecision window = returnWindow.judge(facts.deliveredAt(), facts.requestedAt());
        if (facts.examined()) {
            return new DefectDecision(examined(facts.customerCaused()), false, window.deadline());
        }
        return window.open()
                ? new DefectDecision(Verdict.pending(waiting(facts.photosReceived()), List.of(), List.of(DLV_4)),
                        false, window.deadline())
                : new DefectDecision(Verdict.pending(afterWindow(facts.photosReceived(), window.deadline()),
                        List.of(RET_1), List.of(DLV_4)), true, window.deadline());
    }

    private static Verdict examined(boolean customerCaused) {
        return customerCaused
                ? Verdict.rejected(Reason.of("delivery.defect.customerCaused",
                        "The examination found that the customer caused the damage or defect: the unit is not"
                                + " replaced."), DLV_4)
                : Verdict.accepted(Reason.of("delivery.defect.replaced",
                        "The examination found that the customer did not cause the damage or defect: the unit is"
                                + " replaced one-to-one. It travels back with the return fields of the invoice filled"
                                + " in and signed."), DLV_4, GEN_4);
    }

    private static Reason waiting(boolean photosReceived) {
        return photosReceived
                ? Reason.of("delivery.defect.examinationPending",
                        "The photos have arrived; the examination decides whether the customer caused the damage or"
                                + " defect.")
                : Reason.of("delivery.defect.photosRequested",
                        "Customer services asked the customer for photos of the damage or defect; the examination"
                                + " follows when they arrive.");
    }

    private static Reason afterWindow(boolean photosReceived, PeriodEnd window) {
        return photosReceived
                ? Reason.of("delivery.defect.examinationPendingWarrantySuggested",
                        "The photos have arrived and the examination decides. The report came after the {0}-day"
                                + " return window from delivery on {1} closed at the end of {2}: DLV-4 sets no time"
                                + " limit, but the warranty may suit the customer better; the agent chooses.",
                        window.days(), window.from(), window.end())
                : Reason.of("delivery.defect.photosRequestedWarrantySuggested",
                        "Customer services asked the customer for photos of the damage or defect. The report came"
                                + " after the {0}-day return window from delivery on {1} closed at the end of {2}:"
                                + " DLV-4 sets no time limit, but the warranty may suit the customer better; the agent"
                                + " chooses.",
                        window.days(), window.from(), window.end());
    }
}
