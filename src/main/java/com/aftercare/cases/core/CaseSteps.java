package com.aftercare.cases.core;

import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseCommands.ArrangeShipment;
import com.aftercare.cases.CaseCommands.Cancel;
import com.aftercare.cases.CaseCommands.IssueRefund;
import com.aftercare.cases.CaseCommands.RecordPickup;
import com.aftercare.cases.CaseCommands.RecordReceipt;
import com.aftercare.cases.CaseCommands.SendBack;
import com.aftercare.cases.CaseCommands.ShipReplacement;
import com.aftercare.cases.CaseCommands.UpdateDocuments;
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
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.EarlierShipment;
import com.aftercare.policy.returns.InvoiceType;
import com.aftercare.policy.returns.PaymentMethod;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import com.aftercare.policy.returns.RefundFacts;
import com.aftercare.policy.returns.RefundRoute;
import com.aftercare.policy.returns.RefundRouteDecision;
import com.aftercare.policy.returns.Shipment;
import com.aftercare.policy.returns.ShipmentDirection;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps every family shares: the way back (GEN-5, RET-5), receipt (GEN-1, GEN-2, GEN-4),
 * papers that came later, the refund (PAY-3), a replacement, sending goods back, and cancelling.
 * What they mean for a case (its next status, the clauses cited, who pays, a clock to settle) is
 * its family's ({@link CaseFamily}); no step here branches on a case type. Each step checks the
 * case's state first, changes its {@link CaseAggregate} and writes under the case's version, so
 * that two people acting at once never both win.
 */
@Service
public class CaseSteps {

    private static final String PICKUP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CasePolicies policies;
    private final CaseFamilies families;
    private final TurkishCalendar calendar;
    private final Orders orders;
    private final Clock clock;

    CaseSteps(CaseRepository cases, CaseJournal journal, CasePolicies policies, CaseFamilies families, Orders orders,
            TurkishCalendar calendar, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.policies = policies;
        this.families = families;
        this.calendar = calendar;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public CaseFile arrangeReturnShipment(CaseId id, ArrangeShipment command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.ARRANGE_RETURN_SHIPMENT);
        CaseFile file = aCase.before();
        PolicyVersion policy = policies.named(file.policyVersion());
        if (command.storeArranged() && !policy.parameters().isContractedCarrier(command.carrier())) {
            throw new InvalidInputException("carrier", "the store arranges pickups only with its contracted carriers ("
                    + String.join(", ", policy.contractedCarriers()) + "), GEN-5");
        }
        String pickupCode = !command.storeArranged() ? null
                : command.pickupCode() != null ? command.pickupCode() : newPickupCode();
        ShipmentRecord shipment = ship(aCase, policy, ShipmentDirection.TO_STORE, command.carrier(), command.storeArranged(),
                pickupCode, command.trackingNumber());
        journal.record(aCase, movesOnTheWayBack(file) ? CaseStatus.AWAITING_GOODS : file.status(), file.decision(),
                shipment.arrangedAt(), caller.username(), shipment.payerDecision().clauses(),
                new CaseEvent.ReturnShipmentArranged(facts(shipment)));
        return aCase.current();
    }

    @Transactional
    public CaseFile recordPickup(CaseId id, RecordPickup command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.RECORD_PICKUP);
        CaseFile file = aCase.before();
        ShipmentRecord shipment = file.shipment(command.shipmentId())
                .orElseThrow(() -> new NotFoundException("Case " + file.reference() + " has no shipment " + command.shipmentId() + "."));
        if (shipment.direction() != ShipmentDirection.TO_STORE || shipment.pickedUpAt() != null) {
            throw journal.conflict(file, "Shipment " + shipment.id() + " is not a return shipment waiting to be picked up.");
        }
        Instant at = notInFuture(command.at(), "at");
        aCase.markPickedUp(shipment.id(), at);
        journal.record(aCase, movesOnTheWayBack(file) ? CaseStatus.IN_TRANSIT : file.status(), file.decision(),
                clock.instant(), caller.username(), List.of(), new CaseEvent.PickedUp(shipment.id(), shipment.carrier(), at));
        return aCase.current();
    }

    @Transactional
    public CaseFile recordReceipt(CaseId id, RecordReceipt command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.RECORD_RECEIPT);
        CaseFile file = aCase.before();
        Instant receivedAt = notInFuture(command.receivedAt(), "receivedAt");
        CaseFamily family = families.of(file.type());
        ReceiptDecision receipt = family.receiptCheck(new ReceiptFacts(command.packaging(),
                command.signedReturnForm(), command.originalInvoice(), invoiceType(file), command.companyReturnInvoice()));
        aCase.insertReceipt(new ReceiptRecord(receivedAt, command.packaging(), command.signedReturnForm(),
                command.originalInvoice(), command.companyReturnInvoice(), command.notes(), StoredVerdict.of(receipt.verdict()),
                caller.username()));
        CaseFamily.Progress next = family.received(aCase, receipt, receivedAt);
        journal.record(aCase, next.status(), next.decision(), clock.instant(), caller.username(),
                ids(receipt.verdict().appliedClauses()), new CaseEvent.GoodsReceived(receivedAt, command.packaging(), missing(receipt)));
        return aCase.current();
    }

    @Transactional
    public CaseFile updateDocuments(CaseId id, UpdateDocuments command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.UPDATE_DOCUMENTS);
        CaseFile file = aCase.before();
        ReceiptRecord stored = file.receipt();
        CaseFamily family = families.of(file.type());
        ReceiptDecision receipt = family.receiptCheck(new ReceiptFacts(stored.packaging(), command.signedReturnForm(),
                command.originalInvoice(), invoiceType(file), command.companyReturnInvoice()));
        aCase.updateReceiptDocuments(command.signedReturnForm(), command.originalInvoice(),
                command.companyReturnInvoice(), StoredVerdict.of(receipt.verdict()));
        CaseFamily.Progress next = family.documentsUpdated(file, receipt);
        journal.record(aCase, next.status(), next.decision(), clock.instant(), caller.username(),
                ids(receipt.verdict().appliedClauses()), new CaseEvent.DocumentsUpdated(missing(receipt)));
        return aCase.current();
    }

    @Transactional
    public CaseFile issueRefund(CaseId id, IssueRefund command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.ISSUE_REFUND);
        CaseFile file = aCase.before();
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
        aCase.insertRefund(new RefundRecord(amount, route.destination(), route.iban() == null ? null : route.iban().value(),
                route.reversals(), route.expectedWindow().map(w -> w.earliest()).orElse(null),
                route.expectedWindow().map(w -> w.latest()).orElse(null), StoredVerdict.of(route.verdict()), now,
                caller.username()));
        CaseFamily.Refunded refunded = families.of(file.type()).refunded(aCase, policy, now, ids(route.verdict().appliedClauses()));
        journal.record(aCase, CaseStatus.REFUNDED, file.decision(), now, caller.username(), refunded.clauses(),
                new CaseEvent.RefundIssued(amount, route.destination(), route.expectedWindow().map(w -> w.earliest()).orElse(null),
                        route.expectedWindow().map(w -> w.latest()).orElse(null), refunded.onTime()));
        return aCase.current();
    }

    @Transactional
    public CaseFile shipReplacement(CaseId id, ShipReplacement command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.SHIP_REPLACEMENT);
        CaseFile file = aCase.before();
        long serialized = file.items().stream().filter(item -> item.verdict().is(Outcome.ACCEPTED) && item.category().isWatch())
                .mapToInt(Item::quantity).sum();
        checkReplacementSerials(command.serialNumbers(), serialized);
        Instant now = clock.instant();
        aCase.insertReplacement(new ReplacementRecord(command.carrier(), command.trackingNumber(),
                command.serialNumbers(), now, caller.username()));
        // DLV-3: the replacement clock is met when the replacement leaves in time.
        Boolean onTime = file.deadline(CaseDeadlines.REPLACEMENT).map(deadline -> {
            boolean met = !now.isAfter(deadline.due());
            aCase.putDeadline(deadline.kind(), deadline.due(), deadline.clause(), met, now);
            return met;
        }).orElse(null);
        List<String> clauses = families.of(file.type()).replacementClauses(file);
        journal.record(aCase, CaseStatus.REPLACED, file.decision(), now, caller.username(), clauses,
                new CaseEvent.ReplacementShipped(command.carrier(), command.serialNumbers(), onTime));
        return aCase.current();
    }

    @Transactional
    public CaseFile sendBack(CaseId id, SendBack command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.SEND_BACK);
        CaseFile file = aCase.before();
        PolicyVersion policy = policies.named(file.policyVersion());
        ShipmentRecord shipment = ship(aCase, policy, ShipmentDirection.TO_CUSTOMER, command.carrier(), true, null,
                command.trackingNumber());
        CaseStatus next = families.of(file.type()).sentBack(file);
        journal.record(aCase, next, file.decision(), shipment.arrangedAt(), caller.username(), shipment.payerDecision().clauses(),
                new CaseEvent.SentBack(facts(shipment)));
        return aCase.current();
    }

    @Transactional
    public CaseFile cancel(CaseId id, Cancel command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.CANCEL);
        CaseFile file = aCase.before();
        journal.record(aCase, CaseStatus.CANCELLED, file.decision(), clock.instant(), caller.username(), List.of(),
                new CaseEvent.Cancelled(command.reason()));
        return aCase.current();
    }

    private ShipmentRecord ship(CaseAggregate aCase, PolicyVersion policy, ShipmentDirection direction, String carrier,
            boolean storeArranged, String pickupCode, String trackingNumber) {
        CaseFile file = aCase.before();
        CaseFamily.Charge charge = families.of(file.type()).shippingCharge(file, policy, direction, carrier, storeArranged,
                () -> cases.shipmentsOfUnits(file.id(), serials(file)).stream()
                        .map(s -> new EarlierShipment(s.direction(), s.noFaultFound(), s.visualEvidenceShown())).toList());
        ShipmentRecord shipment = new ShipmentRecord(UUID.randomUUID(), direction, carrier, storeArranged, pickupCode,
                trackingNumber, charge.payer(), charge.reasoning(), clock.instant(), null);
        aCase.insertShipment(shipment);
        return shipment;
    }

    private static CaseEvent.ShipmentFacts facts(ShipmentRecord shipment) {
        return new CaseEvent.ShipmentFacts(shipment.id(), shipment.carrier(), shipment.payer(), shipment.pickupCode(),
                shipment.trackingNumber());
    }

    private static List<String> missing(ReceiptDecision receipt) {
        return receipt.missing().stream().map(Enum::name).toList();
    }

    /** RET-5: evidence is photos or videos attached to this case, so a no-fault finding is shown, not just claimed. */
    public static void checkEvidence(CaseFile file, List<UUID> evidence) {
        Set<UUID> visual = new HashSet<>();
        file.attachments().stream().filter(a -> a.kind().visual()).forEach(a -> visual.add(a.id()));
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
    private boolean movesOnTheWayBack(CaseFile file) {
        return families.of(file.type()).wayBackMovesStatus(file);
    }

    /**
     * What goes back to the customer: the accepted items (a return, a delivery problem), or for a
     * warranty the unit's price, or the agreed part of it for a discount (WAR-8).
     */
    private Money refundAmount(CaseFile file) {
        Money accepted = file.items().stream().filter(item -> item.verdict().is(Outcome.ACCEPTED)).map(Item::total)
                .reduce(Money::plus).orElseThrow(() -> journal.conflict(file, "No item of the case is accepted."));
        return families.of(file.type()).refundAmount(file, accepted);
    }

    public static Verdict verdictOf(StoredVerdict stored) {
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
