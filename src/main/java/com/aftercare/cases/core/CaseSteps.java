package com.aftercare.cases.core;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredReasoning;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.delivery.DeliveryClauses;
import com.aftercare.cases.delivery.DeliveryLifecycle;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseCommands.ArrangeShipment;
import com.aftercare.cases.CaseCommands.Cancel;
import com.aftercare.cases.CaseCommands.Inspect;
import com.aftercare.cases.CaseCommands.IssueRefund;
import com.aftercare.cases.CaseCommands.RecordPickup;
import com.aftercare.cases.CaseCommands.RecordReceipt;
import com.aftercare.cases.CaseCommands.SendBack;
import com.aftercare.cases.CaseCommands.ShipReplacement;
import com.aftercare.cases.CaseCommands.UpdateDocuments;
import com.aftercare.cases.CaseFile.InspectionRecord;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseFile.ReceiptRecord;
import com.aftercare.cases.CaseFile.RefundRecord;
import com.aftercare.cases.CaseFile.ReplacementRecord;
import com.aftercare.cases.CaseFile.ShipmentRecord;
import com.aftercare.identity.Caller;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.orders.SerialNumber;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.EarlierShipment;
import com.aftercare.policy.returns.InspectionFindings;
import com.aftercare.policy.returns.InvoiceType;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.PaymentMethod;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import com.aftercare.policy.returns.RefundDeadline;
import com.aftercare.policy.returns.RefundDue;
import com.aftercare.policy.returns.RefundFacts;
import com.aftercare.policy.returns.RefundRoute;
import com.aftercare.policy.returns.RefundRouteDecision;
import com.aftercare.policy.returns.ReturnProgress;
import com.aftercare.policy.returns.ReturnReceiptCheck;
import com.aftercare.policy.returns.ReturnShippingCost;
import com.aftercare.policy.returns.Shipment;
import com.aftercare.policy.returns.ShipmentDirection;
import com.aftercare.policy.returns.ShippingCharge;
import com.aftercare.policy.returns.WithdrawalInspection;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a RETURN case after it is opened: the way back (RET-5, GEN-5), receipt (GEN-1,
 * GEN-2, GEN-4, DLV-2, RET-6's clock), inspection (RET-3, RET-4, GEN-3), refund (RET-6, PAY-3),
 * replacement, sending refused goods back, and cancelling. Each step checks the case's state
 * first, and writes under the case's version so that two people acting at once never both win.
 */
@Service
public class CaseSteps {

    private static final String PICKUP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CasePolicies policies;
    private final Orders orders;
    private final TurkishCalendar calendar;
    private final Clock clock;

    CaseSteps(CaseRepository cases, CaseJournal journal, CasePolicies policies, Orders orders, TurkishCalendar calendar,
            Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.policies = policies;
        this.orders = orders;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public void arrangeReturnShipment(CaseId id, ArrangeShipment command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.ARRANGE_RETURN_SHIPMENT);
        PolicyVersion policy = policies.named(file.policyVersion());
        if (command.storeArranged() && !policy.parameters().isContractedCarrier(command.carrier())) {
            throw new InvalidInputException("carrier", "the store arranges pickups only with its contracted carriers ("
                    + String.join(", ", policy.contractedCarriers()) + "), GEN-5");
        }
        String pickupCode = !command.storeArranged() ? null
                : command.pickupCode() != null ? command.pickupCode() : newPickupCode();
        ShipmentRecord shipment = ship(file, policy, ShipmentDirection.TO_STORE, command.carrier(), command.storeArranged(),
                pickupCode, command.trackingNumber());
        Map<String, Object> details = shipmentDetails(shipment);
        journal.record(file, movesOnTheWayBack(file) ? CaseStatus.AWAITING_GOODS : file.status(), file.decision(),
                shipment.arrangedAt(), caller.username(), "RETURN_SHIPMENT_ARRANGED", shipment.payerDecision().clauses(), details);
    }

    @Transactional
    public void recordPickup(CaseId id, RecordPickup command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.RECORD_PICKUP);
        ShipmentRecord shipment = file.shipment(command.shipmentId())
                .orElseThrow(() -> new NotFoundException("Case " + file.reference() + " has no shipment " + command.shipmentId() + "."));
        if (shipment.direction() != ShipmentDirection.TO_STORE || shipment.pickedUpAt() != null) {
            throw CaseLifecycle.conflict(file, "Shipment " + shipment.id() + " is not a return shipment waiting to be picked up.");
        }
        Instant at = notInFuture(command.at(), "at");
        cases.markPickedUp(shipment.id(), at);
        journal.record(file, movesOnTheWayBack(file) ? CaseStatus.IN_TRANSIT : file.status(), file.decision(),
                clock.instant(), caller.username(), "PICKED_UP",
                List.of(), Map.of("shipmentId", shipment.id().toString(), "carrier", shipment.carrier(), "at", CaseMoments.local(at)));
    }

    @Transactional
    public void recordReceipt(CaseId id, RecordReceipt command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.RECORD_RECEIPT);
        Instant receivedAt = notInFuture(command.receivedAt(), "receivedAt");
        ReceiptDecision receipt = receiptCheck(file, new ReceiptFacts(command.packaging(),
                command.signedReturnForm(), command.originalInvoice(), invoiceType(file), command.companyReturnInvoice()));
        cases.insertReceipt(file.id(), new ReceiptRecord(receivedAt, command.packaging(), command.signedReturnForm(),
                command.originalInvoice(), command.companyReturnInvoice(), command.notes(), StoredVerdict.of(receipt.verdict()),
                caller.username()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("receivedAt", CaseMoments.local(receivedAt));
        details.put("packaging", command.packaging().name());
        details.put("missingDocuments", receipt.missing().stream().map(Enum::name).toList());
        if (file.type() != CaseType.RETURN) {
            // A delivery problem's unit comes back to be exchanged, a warranty unit to be repaired: the case's
            // decision stands, and the unit waits at the store for its next step.
            CaseStatus next = file.type() == CaseType.WRONG_ITEM ? file.status() : CaseStatus.RECEIVED;
            journal.record(file, next, file.decision(), clock.instant(), caller.username(), "GOODS_RECEIVED",
                    ids(receipt.verdict().appliedClauses()), details);
            return;
        }
        List<Verdict> items = new ArrayList<>();
        for (Item item : file.items()) {
            Verdict verdict = ReturnProgress.afterReceipt(verdictOf(item.verdict()), receipt);
            cases.updateItemVerdict(file.id(), item.position(), StoredVerdict.of(verdict));
            items.add(verdict);
        }
        Verdict overall = ReturnProgress.overall(items, receipt.verdict());
        if (file.remedy() == Remedy.REFUND && overall.outcome() != Outcome.REJECTED) {
            RefundDue due = new RefundDeadline(policies.named(file.policyVersion()), calendar).judge(receivedAt, null);
            cases.putDeadline(file.id(), CaseDeadlines.REFUND, due.lastMoment().toInstant(), due.clause().value(), null, null);
        }
        journal.record(file, statusFor(overall), StoredVerdict.of(overall), clock.instant(), caller.username(), "GOODS_RECEIVED",
                ids(receipt.verdict().appliedClauses()), details);
    }

    @Transactional
    public void updateDocuments(CaseId id, UpdateDocuments command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.UPDATE_DOCUMENTS);
        ReceiptRecord stored = file.receipt();
        ReceiptDecision receipt = receiptCheck(file, new ReceiptFacts(stored.packaging(),
                command.signedReturnForm(),
                command.originalInvoice(), invoiceType(file), command.companyReturnInvoice()));
        cases.updateReceiptDocuments(file.id(), command.signedReturnForm(), command.originalInvoice(),
                command.companyReturnInvoice(), StoredVerdict.of(receipt.verdict()));
        if (file.type() != CaseType.RETURN) {
            journal.record(file, file.status(), file.decision(), clock.instant(), caller.username(), "DOCUMENTS_UPDATED",
                    ids(receipt.verdict().appliedClauses()), Map.of("missingDocuments", receipt.missing().stream().map(Enum::name).toList()));
            return;
        }
        Verdict overall = ReturnProgress.overall(file.items().stream().map(item -> verdictOf(item.verdict())).toList(),
                receipt.verdict());
        journal.record(file, statusFor(overall), StoredVerdict.of(overall), clock.instant(), caller.username(),
                "DOCUMENTS_UPDATED", ids(receipt.verdict().appliedClauses()),
                Map.of("missingDocuments", receipt.missing().stream().map(Enum::name).toList()));
    }

    @Transactional
    public void inspect(CaseId id, Inspect command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.INSPECT);
        Item item = file.items().stream().filter(i -> i.lineId().equals(command.lineId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("lineId", "case " + file.reference() + " has no item of line " + command.lineId()));
        if (file.inspectionOf(item.position()).isPresent()) {
            String left = file.items().stream().filter(i -> file.inspectionOf(i.position()).isEmpty()).map(Item::lineId)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw CaseLifecycle.conflict(file, "Line " + item.lineId() + " of case " + file.reference()
                    + " is already inspected; an inspection is recorded once. Still to inspect: "
                    + (left.contains(",") ? "lines " : "line ") + left + ".");
        }
        checkEvidence(file, command.evidence());
        Verdict verdict = new WithdrawalInspection(policies.named(file.policyVersion())).judge(new InspectionFindings(
                item.category(), command.used(), command.dataTransferred(), command.paired(), command.hygieneSealOpened(),
                command.notes()));
        Instant now = clock.instant();
        cases.insertInspection(file.id(), new InspectionRecord(UUID.randomUUID(), item.position(), command.used(),
                command.dataTransferred(), command.paired(), command.hygieneSealOpened(), command.noFaultFound(),
                command.evidence(), command.notes(), StoredVerdict.of(verdict), now, caller.username()));
        cases.updateItemVerdict(file.id(), item.position(), StoredVerdict.of(verdict));
        List<Verdict> items = file.items().stream()
                .map(i -> i.position() == item.position() ? verdict : verdictOf(i.verdict())).toList();
        Verdict overall = ReturnProgress.overall(items, file.receipt() == null ? null : verdictOf(file.receipt().verdict()));
        if (overall.outcome() == Outcome.REJECTED) {
            cases.removeDeadline(file.id(), CaseDeadlines.REFUND);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lineId", item.lineId());
        details.put("outcome", verdict.outcome().name());
        details.put("used", command.used());
        details.put("dataTransferred", command.dataTransferred());
        details.put("paired", command.paired());
        details.put("hygieneSealOpened", command.hygieneSealOpened());
        details.put("noFaultFound", command.noFaultFound());
        details.put("evidence", command.evidence().stream().map(UUID::toString).toList());
        journal.record(file, statusFor(overall), StoredVerdict.of(overall), now, caller.username(), "ITEM_INSPECTED",
                ids(verdict.appliedClauses()), details);
    }

    @Transactional
    public void issueRefund(CaseId id, IssueRefund command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.ISSUE_REFUND);
        Order order = order(file);
        PolicyVersion policy = policies.named(file.policyVersion());
        Money amount = refundAmount(file);
        Instant now = clock.instant();
        LocalDate today = now.atZone(TurkishCalendar.ZONE).toLocalDate();
        RefundRouteDecision route = new RefundRoute(policy, calendar).judge(new RefundFacts(
                PaymentMethod.valueOf(order.payment().method().name()), order.payment().installments(),
                order.payment().cardProgram(), order.payment().total().amount(), amount.amount(), amount.currency(), today,
                command.iban()));
        if (route.verdict().outcome() != Outcome.ACCEPTED) {
            throw new InvalidInputException("iban", route.verdict().reason().defaultText());
        }
        cases.insertRefund(file.id(), new RefundRecord(amount, route.destination(), route.iban() == null ? null : route.iban().value(),
                route.reversals(), route.expectedWindow().map(w -> w.earliest()).orElse(null),
                route.expectedWindow().map(w -> w.latest()).orElse(null), StoredVerdict.of(route.verdict()), now,
                caller.username()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amount", amount.amountText());
        details.put("currency", amount.currency());
        details.put("destination", route.destination().name());
        route.expectedWindow().ifPresent(w -> details.put("expectedBetween", List.of(w.earliest().toString(), w.latest().toString())));
        List<String> clauses = new ArrayList<>();
        if (file.type() == CaseType.RETURN) {
            // RET-6: the refund within its period from the goods reaching the store.
            RefundDue due = new RefundDeadline(policy, calendar).judge(file.receipt().receivedAt(), now);
            cases.putDeadline(file.id(), CaseDeadlines.REFUND, due.lastMoment().toInstant(), due.clause().value(), due.met(), now);
            details.put("onTime", due.met());
            clauses.add(due.clause().value());
        }
        clauses.addAll(ids(route.verdict().appliedClauses()));
        clauses.addAll(switch (file.type()) {
            case RETURN -> List.<String>of();
            case WARRANTY -> List.of("WAR-8");
            default -> List.of(DeliveryClauses.of(file.type()));
        });
        clauses = clauses.stream().distinct().toList();
        journal.record(file, CaseStatus.REFUNDED, file.decision(), now, caller.username(), "REFUND_ISSUED", clauses, details);
    }

    @Transactional
    public void shipReplacement(CaseId id, ShipReplacement command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.SHIP_REPLACEMENT);
        long serialized = file.items().stream().filter(item -> item.verdict().is(Outcome.ACCEPTED) && item.category().isWatch())
                .mapToInt(Item::quantity).sum();
        checkReplacementSerials(command.serialNumbers(), serialized);
        Instant now = clock.instant();
        cases.insertReplacement(file.id(), new ReplacementRecord(command.carrier(), command.trackingNumber(),
                command.serialNumbers(), now, caller.username()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("carrier", command.carrier());
        details.put("serialNumbers", command.serialNumbers());
        details.put("payer", "STORE");
        // DLV-3: the replacement clock is met when the replacement leaves in time.
        file.deadline(CaseDeadlines.REPLACEMENT).ifPresent(deadline -> {
            boolean met = !now.isAfter(deadline.due());
            cases.putDeadline(file.id(), deadline.kind(), deadline.due(), deadline.clause(), met, now);
            details.put("onTime", met);
        });
        List<String> clauses = switch (file.type()) {
            case RETURN -> List.of("RET-1", "GEN-5");
            case WARRANTY -> List.of("WAR-8");
            default -> List.of(DeliveryClauses.of(file.type()));
        };
        journal.record(file, CaseStatus.REPLACED, file.decision(), now, caller.username(), "REPLACEMENT_SHIPPED", clauses, details);
    }

    @Transactional
    public void sendBack(CaseId id, SendBack command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.SEND_BACK);
        PolicyVersion policy = policies.named(file.policyVersion());
        ShipmentRecord shipment = ship(file, policy, ShipmentDirection.TO_CUSTOMER, command.carrier(), true, null,
                command.trackingNumber());
        CaseStatus next = switch (file.status()) {
            case REFUSED, REPAIRED, NOT_REPAIRABLE -> CaseStatus.SENT_BACK;
            case REFUNDED -> file.type() == CaseType.WARRANTY ? CaseStatus.SENT_BACK : file.status();
            default -> file.status();
        };
        journal.record(file, next, file.decision(), shipment.arrangedAt(), caller.username(), "SENT_BACK",
                shipment.payerDecision().clauses(), shipmentDetails(shipment));
    }

    @Transactional
    public void cancel(CaseId id, Cancel command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.CANCEL);
        journal.record(file, CaseStatus.CANCELLED, file.decision(), clock.instant(), caller.username(), "CANCELLED",
                List.of(), command.reason() == null ? Map.of() : Map.of("reason", command.reason()));
    }

    private ShipmentRecord ship(CaseFile file, PolicyVersion policy, ShipmentDirection direction, String carrier,
            boolean storeArranged, String pickupCode, String trackingNumber) {
        if (isDeliveryProblem(file.type())) {
            // DLV-3, DLV-4, DLV-6: a delivery problem is the store's or its carrier's, so the store pays its shipments.
            String clause = DeliveryClauses.of(file.type());
            ShipmentRecord shipment = new ShipmentRecord(UUID.randomUUID(), direction, carrier, storeArranged, pickupCode,
                    trackingNumber, Payer.STORE, StoredReasoning.of(List.of(ClauseId.of(clause)), Reason.of("shipping.deliveryProblem",
                    "The store pays this shipment: the delivery problem is not the customer''s ({0}).", clause)), clock.instant(), null);
            cases.insertShipment(file.id(), shipment);
            return shipment;
        }
        List<EarlierShipment> earlier = cases.shipmentsOfUnits(file.id(), serials(file)).stream()
                .map(s -> new EarlierShipment(s.direction(), s.noFaultFound(), s.visualEvidenceShown())).toList();
        ShippingCharge charge = new ReturnShippingCost(policy).judge(new Shipment(direction, carrier, storeArranged, earlier));
        ShipmentRecord shipment = new ShipmentRecord(UUID.randomUUID(), direction, carrier, storeArranged, pickupCode,
                trackingNumber, charge.payer(), StoredReasoning.of(charge.appliedClauses(), charge.reason()), clock.instant(), null);
        cases.insertShipment(file.id(), shipment);
        return shipment;
    }

    private static Map<String, Object> shipmentDetails(ShipmentRecord shipment) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("shipmentId", shipment.id().toString());
        details.put("carrier", shipment.carrier());
        details.put("payer", shipment.payer().name());
        if (shipment.pickupCode() != null) {
            details.put("pickupCode", shipment.pickupCode());
        }
        if (shipment.trackingNumber() != null) {
            details.put("trackingNumber", shipment.trackingNumber());
        }
        return details;
    }

    /** RET-5: evidence is photos or videos attached to this case, so a no-fault finding is shown, not just claimed. */
    public static void checkEvidence(CaseFile file, List<UUID> evidence) {
        Set<UUID> visual = new HashSet<>();
        file.attachments().stream().filter(a -> a.kind().equals("PHOTO") || a.kind().equals("VIDEO")).forEach(a -> visual.add(a.id()));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (!visual.contains(evidence.get(i))) {
                problems.add(new FieldProblem("evidence[" + i + "]", "is not a photo or video attached to case " + file.reference()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void checkReplacementSerials(List<String> serials, long expected) {
        if (serials.size() != expected) {
            throw new InvalidInputException("serialNumbers", "give one new serial number per replaced watch: " + expected
                    + " expected, " + serials.size() + " given");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < serials.size(); i++) {
            String serial = serials.get(i);
            if (!SerialNumber.isWellFormed(serial)) {
                problems.add(new FieldProblem("serialNumbers[" + i + "]", "is not a serial number"));
            } else if (orders.findUnit(new SerialNumber(serial)).isPresent()) {
                problems.add(new FieldProblem("serialNumbers[" + i + "]", serial + " was already sold on another order"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Instant notInFuture(Instant at, String field) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plusSeconds(300))) {
            throw new InvalidInputException(field, "is in the future; leave it out to mean now");
        }
        return at;
    }

    private Order order(CaseFile file) {
        return orders.find(new OrderNumber(file.orderNumber()))
                .orElseThrow(() -> new IllegalStateException("order " + file.orderNumber() + " of case " + file.reference() + " is gone"));
    }

    private InvoiceType invoiceType(CaseFile file) {
        return InvoiceType.valueOf(order(file).invoice().type().name());
    }

    private static List<String> serials(CaseFile file) {
        return file.items().stream().flatMap(item -> item.serialNumbers().stream()).toList();
    }

    /** Whether the way back moves the case on (a return, a defective unit) or runs beside its remedy (a wrong item). */
    private static boolean movesOnTheWayBack(CaseFile file) {
        return file.type() == CaseType.RETURN || file.type() == CaseType.WARRANTY || DeliveryLifecycle.wayBackMovesStatus(file);
    }

    /** A return judges the box (GEN-1, GEN-2) and the papers; a delivery problem's unit only its papers (DLV-4, DLV-6). */
    private static ReceiptDecision receiptCheck(CaseFile file, ReceiptFacts facts) {
        var check = new ReturnReceiptCheck();
        return switch (file.type()) {
            case RETURN -> check.judge(facts);
            // A unit sent for repair needs no return papers: it reached the service, and WAR-4's clock runs on.
            case WARRANTY -> new ReceiptDecision(Verdict.accepted(Reason.of("warranty.unitReceived",
                    "The unit reached the technical service; the repair period runs from the notification."),
                    ClauseId.of("WAR-4")), java.util.Set.of());
            default -> check.judgePapers(facts);
        };
    }

    /**
     * What goes back to the customer: the accepted items (a return, a delivery problem), or for a
     * warranty the unit's price, or the agreed part of it for a discount (WAR-8).
     */
    private static Money refundAmount(CaseFile file) {
        Money accepted = file.items().stream().filter(item -> item.verdict().is(Outcome.ACCEPTED)).map(Item::total)
                .reduce(Money::plus).orElseThrow(() -> CaseLifecycle.conflict(file, "No item of the case is accepted."));
        if (file.type() != CaseType.WARRANTY || file.warranty().remedyChoice() != RemedyChoice.DISCOUNT) {
            return accepted;
        }
        java.math.BigDecimal part = accepted.amount().multiply(file.warranty().discountRate())
                .divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
        return new Money(part, accepted.currency());
    }

    private static boolean isDeliveryProblem(CaseType type) {
        return type != CaseType.RETURN && type != CaseType.WARRANTY;
    }

    private static CaseStatus statusFor(Verdict overall) {
        return switch (overall.outcome()) {
            case PENDING -> CaseStatus.RECEIVED;
            case ACCEPTED -> CaseStatus.ACCEPTED;
            case REJECTED -> CaseStatus.REFUSED;
        };
    }

    static Verdict verdictOf(StoredVerdict stored) {
        ClauseId[] applied = stored.clauseIds().toArray(ClauseId[]::new);
        return switch (stored.outcome()) {
            case ACCEPTED -> Verdict.accepted(stored.reason(), applied);
            case REJECTED -> Verdict.rejected(stored.reason(), applied);
            case PENDING -> Verdict.pending(stored.reason(), stored.clauseIds(), stored.stillToCheckIds());
        };
    }

    private static List<String> ids(List<ClauseId> clauses) {
        return clauses.stream().map(ClauseId::value).toList();
    }

    private static String newPickupCode() {
        StringBuilder code = new StringBuilder("PU-");
        for (int i = 0; i < 8; i++) {
            code.append(PICKUP_ALPHABET.charAt(RANDOM.nextInt(PICKUP_ALPHABET.length())));
        }
        return code.toString();
    }
}
