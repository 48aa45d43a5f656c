package com.aftercare.cases.delivery;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.StoredReasoning;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseFamily;
import com.aftercare.cases.core.Opening;
import com.aftercare.orders.Order;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.returns.EarlierShipment;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import com.aftercare.policy.returns.ReturnReceiptCheck;
import com.aftercare.policy.returns.ShipmentDirection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Problems with a delivery (DLV-1..DLV-6): damaged on delivery, a defect found after it, an item
 * missing or wrong. The store's or its carrier's problem, so the store pays every shipment.
 */
@Component
class DeliveryFamily implements CaseFamily {

    private final DeliveryOpening opening;

    DeliveryFamily(DeliveryOpening opening) {
        this.opening = opening;
    }

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.DAMAGED_ON_DELIVERY, CaseType.DEFECT_AFTER_DELIVERY, CaseType.MISSING_ITEM, CaseType.WRONG_ITEM);
    }

    @Override
    public Set<CaseAction> allowed(CaseFile file) {
        return DeliveryLifecycle.allowed(file);
    }

    @Override
    public void checkOpening(Open command, Order order, Instant now, List<FieldProblem> problems) {
        Opening.requireDelivered(command, order, problems);
        java.time.LocalDate reportDate = command.delivery().damageReportDate();
        if (order != null && order.isDelivered() && reportDate != null) {
            // DLV-3: the same check as a report recorded later (DeliverySteps.recordDamageReport).
            DeliveryOpening.damageReportDateProblem(reportDate,
                    order.delivery().deliveredAt().atZoneSameInstant(TurkishCalendar.ZONE).toLocalDate(),
                    now.atZone(TurkishCalendar.ZONE).toLocalDate())
                    .ifPresent(problem -> problems.add(new FieldProblem("damageReport.date", problem)));
        }
    }

    @Override
    public Opening open(Open command, Order order, List<Item> items, Instant requestedAt, Instant now, PolicyVersion policy) {
        return opening.open(command, order, items, requestedAt, now, policy);
    }

    @Override
    public Remedy defaultRemedy() {
        return Remedy.REPLACEMENT;
    }

    /** DLV-3, DLV-4, DLV-6: a delivery problem is the store's or its carrier's, so the store pays its shipments. */
    @Override
    public Charge shippingCharge(CaseFile file, PolicyVersion policy, ShipmentDirection direction, String carrier,
            boolean storeArranged, Supplier<List<EarlierShipment>> earlier) {
        String clause = DeliveryClauses.of(file.type());
        return new Charge(Payer.STORE, StoredReasoning.of(List.of(ClauseId.of(clause)), Reason.of("shipping.deliveryProblem",
                "The store pays this shipment: the delivery problem is not the customer''s ({0}).", clause)));
    }

    @Override
    public boolean wayBackMovesStatus(CaseFile file) {
        return DeliveryLifecycle.wayBackMovesStatus(file);
    }

    /** A delivery problem's unit is judged by its papers only (DLV-4, DLV-6): the box was the carrier's. */
    @Override
    public ReceiptDecision receiptCheck(ReceiptFacts facts) {
        return new ReturnReceiptCheck().judgePapers(facts);
    }

    /** The unit comes back to be exchanged: the decision stands; a wrong item's way back runs beside its replacement. */
    @Override
    public Progress received(CaseAggregate aCase, ReceiptDecision receipt, Instant receivedAt) {
        CaseFile file = aCase.before();
        return new Progress(file.type() == CaseType.WRONG_ITEM ? file.status() : CaseStatus.RECEIVED, file.decision());
    }

    @Override
    public Refunded refunded(CaseAggregate aCase, PolicyVersion policy, Instant now, List<String> routeClauses) {
        CaseFile file = aCase.before();
        return new Refunded(Stream.concat(routeClauses.stream(), Stream.of(DeliveryClauses.of(file.type()))).distinct().toList(), null);
    }

    @Override
    public List<String> replacementClauses(CaseFile file) {
        return List.of(DeliveryClauses.of(file.type()));
    }
}
