package com.aftercare.cases.warranty;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseFamily;
import com.aftercare.cases.core.Opening;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A repair under the warranty (WAR-1..WAR-9, EXC-*): a fault named by its code, the unit's ledger
 * of faults and repairs, the loaners, and WAR-8's replacement, refund or discount.
 */
@Component
class WarrantyFamily implements CaseFamily {

    private final WarrantyOpening opening;
    private final UnitLedger ledger;

    WarrantyFamily(WarrantyOpening opening, UnitLedger ledger) {
        this.opening = opening;
        this.ledger = ledger;
    }

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.WARRANTY);
    }

    @Override
    public Set<CaseAction> allowed(CaseFile file) {
        return WarrantyLifecycle.allowed(file);
    }

    /**
     * WAR-8's remedy steps are offered only as the unit's ledger warrants: a confirmation while
     * (a)-(e) wait for one, a remedy once entitled.
     */
    @Override
    public Set<CaseAction> offered(CaseFile file) {
        Set<CaseAction> offered = EnumSet.noneOf(CaseAction.class);
        offered.addAll(allowed(file));
        if (file.warranty() != null && (offered.contains(CaseAction.CHOOSE_REMEDY) || offered.contains(CaseAction.CONFIRM_UNUSABLE))) {
            var entitlement = ledger.of(file.warranty().serialNumber()).map(UnitLedger.UnitWarranty::entitlement);
            if (entitlement.map(e -> !e.entitled()).orElse(true)) {
                offered.remove(CaseAction.CHOOSE_REMEDY);
            }
            if (entitlement.map(e -> !e.pendingConfirmation()).orElse(true)) {
                offered.remove(CaseAction.CONFIRM_UNUSABLE);
            }
        }
        return offered;
    }

    @Override
    public void checkOpening(Open command, Order order, Instant now, List<FieldProblem> problems) {
        if (command.faultCode() == null || command.faultCode().isBlank()) {
            problems.add(new FieldProblem("faultCode", "a warranty case names the fault, e.g. STOPS or CROWN (WAR-8 counts faults by code)"));
        }
        Opening.requireDelivered(command, order, problems);
    }

    @Override
    public Opening open(Open command, Order order, List<Item> items, Instant requestedAt, Instant now, PolicyVersion policy) {
        return opening.open(command, items, requestedAt, policy);
    }

    @Override
    public Remedy defaultRemedy() {
        return Remedy.REPLACEMENT;
    }

    @Override
    public boolean takesReplacementUnits() {
        return true;
    }

    /** A unit sent for repair needs no return papers: it reached the service, and WAR-4's clock runs on. */
    @Override
    public ReceiptDecision receiptCheck(ReceiptFacts facts) {
        return new ReceiptDecision(Verdict.accepted(Reason.of("warranty.unitReceived",
                "The unit reached the technical service; the repair period runs from the notification."), ClauseId.of("WAR-4")), Set.of());
    }

    @Override
    public Progress received(CaseAggregate aCase, ReceiptDecision receipt, Instant receivedAt) {
        CaseFile file = aCase.before();
        return new Progress(CaseStatus.RECEIVED, file.decision());
    }

    /** WAR-8: the unit's price, or the agreed part of it for a discount. */
    @Override
    public Money refundAmount(CaseFile file, Money accepted) {
        if (file.warranty().remedyChoice() != RemedyChoice.DISCOUNT) {
            return accepted;
        }
        BigDecimal part = accepted.amount().multiply(file.warranty().discountRate())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new Money(part, accepted.currency());
    }

    @Override
    public Refunded refunded(CaseAggregate aCase, PolicyVersion policy, Instant now, List<String> routeClauses) {
        CaseFile file = aCase.before();
        return new Refunded(Stream.concat(routeClauses.stream(), Stream.of("WAR-8")).distinct().toList(), null);
    }

    @Override
    public List<String> replacementClauses(CaseFile file) {
        return List.of("WAR-8");
    }

    /** A unit refunded under WAR-8 goes back too, once the refund is made. */
    @Override
    public CaseStatus sentBack(CaseFile file) {
        return file.status() == CaseStatus.REFUNDED ? CaseStatus.SENT_BACK : CaseFamily.super.sentBack(file);
    }
}
