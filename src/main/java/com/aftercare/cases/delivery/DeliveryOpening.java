package com.aftercare.cases.delivery;

import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.core.CaseDeadlines;
import com.aftercare.cases.core.CaseOpening;
import com.aftercare.cases.core.Opening;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseCommands.AtDelivery;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseFile.DeliveryFacts;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.orders.Order;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.delivery.DamageDecision;
import com.aftercare.policy.delivery.DamageReport;
import com.aftercare.policy.delivery.DamagedOnDelivery;
import com.aftercare.policy.delivery.DefectAfterDelivery;
import com.aftercare.policy.delivery.DefectDecision;
import com.aftercare.policy.delivery.DefectFacts;
import com.aftercare.policy.delivery.MissingItem;
import com.aftercare.policy.delivery.ShortageFacts;
import com.aftercare.policy.delivery.WrongItem;
import com.aftercare.policy.delivery.WrongItemFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens the four delivery-problem cases by their clauses: goods refused damaged at the door
 * (DLV-3), damage or a defect noticed later (DLV-4), a missing item (DLV-5), a wrong item (DLV-6),
 * each also recording whether the invoice came with the goods (DLV-1).
 */
@Component
class DeliveryOpening {

    private final TurkishCalendar calendar;
    private final Duration photoReminder;

    DeliveryOpening(TurkishCalendar calendar,
            @Value("${aftercare.cases.photo-reminder-after:P3D}") Duration photoReminder) {
        this.calendar = calendar;
        this.photoReminder = photoReminder;
    }

    /** When customer services should remind a customer who has not sent the photos asked for (DLV-4 sets no limit). */
    Instant photosReminderDue(Instant requestedAt) {
        return requestedAt.plus(photoReminder);
    }

    public Opening open(Open command, Order order, List<Item> items, Instant requestedAt, Instant now, PolicyVersion policy) {
        AtDelivery at = command.delivery();
        boolean refusedAtDoor = Boolean.TRUE.equals(at.refusedAtDoor());
        boolean invoiceReceived = !Boolean.FALSE.equals(at.invoiceReceived());
        Instant deliveredAt = order.delivery().deliveredAt().toInstant();
        List<Opening.Clock> clocks = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        Verdict decision;
        CaseStatus status;
        DeliveryFacts facts = DeliveryFacts.atOpening(refusedAtDoor, at.notedOnDelivery(), invoiceReceived,
                at.damageReportNumber(), at.damageReportDate());
        switch (command.type()) {
            case DAMAGED_ON_DELIVERY -> {
                DamageDecision damage = damaged(policy, refusedAtDoor, at.damageReportNumber(), at.damageReportDate());
                decision = damage.verdict();
                status = statusOf(decision, CaseStatus.REQUESTED);
                if (command.remedy() != Remedy.REFUND) {
                    damage.lastMoment().ifPresent(last -> clocks.add(
                            new Opening.Clock(CaseDeadlines.REPLACEMENT, last.toInstant(), "DLV-3", null)));
                }
            }
            case DEFECT_AFTER_DELIVERY -> {
                DefectDecision defect = new DefectAfterDelivery(policy, calendar)
                        .judge(DefectFacts.awaitingExamination(false, deliveredAt, requestedAt));
                decision = defect.verdict();
                status = CaseStatus.AWAITING_PHOTOS;
                // Customer services ask for the photos while taking the report (DLV-4): the reminder runs from then.
                facts = new DeliveryFacts(refusedAtDoor, at.notedOnDelivery(), invoiceReceived, null, null, null, requestedAt, 1,
                        null, null, null, null, null, null, null);
                clocks.add(new Opening.Clock(CaseDeadlines.PHOTOS, photosReminderDue(requestedAt), "DLV-4", null));
                details.put("suggestWarranty", defect.suggestWarranty());
            }
            case MISSING_ITEM -> {
                decision = new MissingItem().judge(new ShortageFacts(at.notedOnDelivery(), null));
                status = statusOf(decision, CaseStatus.REQUESTED);
                details.put("deliveryRemarks", order.delivery().remarks() == null ? "" : order.delivery().remarks());
            }
            case WRONG_ITEM -> {
                decision = new WrongItem().judge(new WrongItemFacts(refusedAtDoor && Boolean.TRUE.equals(at.notedOnDelivery()), null));
                status = statusOf(decision, CaseStatus.REQUESTED);
            }
            default -> throw new IllegalArgumentException(command.type() + " is not a delivery problem");
        }
        if (!invoiceReceived) {
            details.put("invoiceMissing", true);
        }
        StoredVerdict forItems = StoredVerdict.of(decision);
        List<Item> judged = items.stream().map(item -> CaseOpening.withVerdict(item, forItems)).toList();
        return new Opening(withInvoiceNote(decision, invoiceReceived), status, judged, clocks, facts, null, details);
    }

    /**
     * DLV-3: the carrier's officer writes the report on the day of the delivery attempt (a day's leeway for a
     * late-evening attempt recorded the next day), so it is never in the future; the problem, if the date is off.
     */
    public static java.util.Optional<String> damageReportDateProblem(java.time.LocalDate date, java.time.LocalDate deliveryDay,
            java.time.LocalDate today) {
        if (date.isAfter(today) || date.isBefore(deliveryDay.minusDays(1))) {
            return java.util.Optional.of("the carrier's report is written on the day of the delivery attempt ("
                    + deliveryDay + "), not " + date);
        }
        return java.util.Optional.empty();
    }

    DamageDecision damaged(PolicyVersion policy, boolean refusedAtDoor, String reportNumber, java.time.LocalDate reportDate) {
        DamageReport report = reportNumber == null || reportDate == null ? null : new DamageReport(reportNumber, reportDate);
        return new DamagedOnDelivery(policy, calendar).judge(new com.aftercare.policy.delivery.TransportDamage(refusedAtDoor, report));
    }

    /** Where a delivery problem's verdict takes the case. */
    static CaseStatus statusOf(Verdict decision, CaseStatus whilePending) {
        return switch (decision.outcome()) {
            case ACCEPTED -> CaseStatus.ACCEPTED;
            case REJECTED -> CaseStatus.REJECTED;
            case PENDING -> whilePending;
        };
    }

    /**
     * DLV-1: a missing invoice is cited with the case's decision, so the agent sees it must be sent again; every
     * later decision of the case's own clause (DeliverySteps) keeps citing it.
     */
    static Verdict withInvoiceNote(Verdict decision, boolean invoiceReceived) {
        if (invoiceReceived || decision.appliedClauses().contains(ClauseId.of("DLV-1"))) {
            return decision;
        }
        List<ClauseId> applied = new ArrayList<>(decision.appliedClauses());
        applied.add(ClauseId.of("DLV-1"));
        return switch (decision) {
            case Verdict.Accepted accepted -> Verdict.accepted(accepted.reason(), applied.toArray(ClauseId[]::new));
            case Verdict.Rejected rejected -> Verdict.rejected(rejected.reason(), applied.toArray(ClauseId[]::new));
            case Verdict.Pending pending -> Verdict.pending(pending.reason(), applied, pending.stillToCheck());
        };
    }
}
