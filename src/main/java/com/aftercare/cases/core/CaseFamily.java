package com.aftercare.cases.core;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.StoredReasoning;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.returns.EarlierShipment;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import com.aftercare.policy.returns.ReturnShippingCost;
import com.aftercare.policy.returns.Shipment;
import com.aftercare.policy.returns.ShipmentDirection;
import com.aftercare.policy.returns.ShippingCharge;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What differs by the type of a case: its lifecycle, how it is opened, and what the steps every
 * case shares (the way back, receipt, refund, replacement, sending back) mean for it. One
 * implementation per family ({@code returns}, {@code delivery}, {@code warranty}); the core's
 * shared code asks the case's family and never branches on a type itself.
 */
public interface CaseFamily {

    /** The case types this family owns; every type is owned by exactly one family. */
    Set<CaseType> types();

    /** The steps the case's state allows now. */
    Set<CaseAction> allowed(CaseFile file);

    /** The steps offered to a person now: what the state allows, less what the family's wider facts rule out. */
    default Set<CaseAction> offered(CaseFile file) {
        return allowed(file);
    }

    /** What a request of this family must show before it is judged (a fault code, a delivery). */
    default void checkOpening(Open command, Order order, Instant now, List<FieldProblem> problems) {
    }

    /** The case judged at once: its decision, status, items, first clocks and facts. */
    Opening open(Open command, Order order, List<Item> items, Instant requestedAt, Instant now, PolicyVersion policy);

    /** The remedy when the request names none. */
    Remedy defaultRemedy();

    /** Whether this family's open cases use an order line up, so that no more is asked back than was bought. */
    default boolean usesUpTheLine() {
        return false;
    }

    /** Whether a replacement unit the store shipped for a unit of the line counts as a unit of the line. */
    default boolean takesReplacementUnits() {
        return false;
    }

    /** Who pays a shipment of the case, and why (GEN-5, RET-5 by default). */
    default Charge shippingCharge(CaseFile file, PolicyVersion policy, ShipmentDirection direction, String carrier,
            boolean storeArranged, Supplier<List<EarlierShipment>> earlier) {
        ShippingCharge charge = new ReturnShippingCost(policy).judge(new Shipment(direction, carrier, storeArranged, earlier.get()));
        return new Charge(charge.payer(), StoredReasoning.of(charge.appliedClauses(), charge.reason()));
    }

    /** Whether the way back (a pickup, the goods in transit) moves the case on, or runs beside its remedy. */
    default boolean wayBackMovesStatus(CaseFile file) {
        return true;
    }

    /** How the goods and their papers are judged when they reach the store. */
    ReceiptDecision receiptCheck(ReceiptFacts facts);

    /** Where the case stands once the goods reached the store. */
    Progress received(CaseAggregate aCase, ReceiptDecision receipt, Instant receivedAt);

    /** Where the case stands once papers missing at receipt came. */
    default Progress documentsUpdated(CaseFile file, ReceiptDecision receipt) {
        return new Progress(file.status(), file.decision());
    }

    /** What goes back to the customer of the accepted items' total. */
    default Money refundAmount(CaseFile file, Money accepted) {
        return accepted;
    }

    /**
     * The clauses a refund cites, given the route's; a family with a refund clock settles it here and
     * says whether it was met.
     */
    Refunded refunded(CaseAggregate aCase, PolicyVersion policy, Instant now, List<String> routeClauses);

    /** The clauses a replacement shipped cites. */
    List<String> replacementClauses(CaseFile file);

    /** The status once the goods are sent back to the customer. */
    default CaseStatus sentBack(CaseFile file) {
        return switch (file.status()) {
            case REFUSED, REPAIRED, NOT_REPAIRABLE -> CaseStatus.SENT_BACK;
            default -> file.status();
        };
    }

    /** Who pays a shipment, and the reason with its clauses. */
    record Charge(Payer payer, StoredReasoning reasoning) {
    }

    /** @param onTime whether the family's refund clock was met; null for a family without one */
    record Refunded(List<String> clauses, Boolean onTime) {
    }

    /** A case's next status and decision after a step. */
    record Progress(CaseStatus status, StoredVerdict decision) {
    }
}
