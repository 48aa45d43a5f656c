package com.aftercare.cases.returns;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.core.CaseDeadlines;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseFamily;
import com.aftercare.cases.core.CaseOpening;
import com.aftercare.cases.core.CasePolicies;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.core.CaseSteps;
import com.aftercare.cases.core.Opening;
import com.aftercare.orders.Order;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.InvoiceType;
import com.aftercare.policy.returns.ReceiptDecision;
import com.aftercare.policy.returns.ReceiptFacts;
import com.aftercare.policy.returns.RefundDeadline;
import com.aftercare.policy.returns.RefundDue;
import com.aftercare.policy.returns.ReturnItem;
import com.aftercare.policy.returns.ReturnProgress;
import com.aftercare.policy.returns.ReturnReceiptCheck;
import com.aftercare.policy.returns.ReturnRequest;
import com.aftercare.policy.returns.ReturnRequestDecision;
import com.aftercare.policy.returns.ReturnRequestPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A return within the withdrawal period (RET-1..RET-6): judged item by item at opening, its box and
 * papers at receipt (GEN-1, GEN-2, GEN-4, DLV-2), RET-6's refund clock running from the goods
 * reaching the store.
 */
@Component
class ReturnFamily implements CaseFamily {

    private final CaseRepository cases;
    private final CasePolicies policies;
    private final TurkishCalendar calendar;

    ReturnFamily(CaseRepository cases, CasePolicies policies, TurkishCalendar calendar) {
        this.cases = cases;
        this.policies = policies;
        this.calendar = calendar;
    }

    @Override
    public Set<CaseType> types() {
        return Set.of(CaseType.RETURN);
    }

    @Override
    public Set<CaseAction> allowed(CaseFile file) {
        return ReturnLifecycle.allowed(file);
    }

    /** RET-1..RET-3, GEN-3, DLV-2: the return judged at once, each item on its own. */
    @Override
    public Opening open(Open command, Order order, List<Item> items, Instant requestedAt, Instant now, PolicyVersion policy) {
        Instant deliveredAt = order.isDelivered() ? order.delivery().deliveredAt().toInstant() : null;
        ReturnRequestDecision decision = new ReturnRequestPolicy(policy, calendar).open(new ReturnRequest(deliveredAt,
                requestedAt, InvoiceType.valueOf(order.invoice().type().name()),
                items.stream().map(item -> new ReturnItem(item.lineId(), item.category())).toList()));
        List<Item> judged = items.stream()
                .map(item -> CaseOpening.withVerdict(item, StoredVerdict.of(decision.item(item.lineId())))).toList();
        CaseStatus status = decision.overall().outcome() == Outcome.REJECTED ? CaseStatus.REJECTED : CaseStatus.REQUESTED;
        List<Opening.Clock> clocks = decision.window().lastMoment()
                .map(last -> List.of(new Opening.Clock(CaseDeadlines.RETURN_WINDOW, last.toInstant(), "RET-1", decision.window().open())))
                .orElse(List.of());
        return new Opening(decision.overall(), status, judged, clocks, null, null, Map.of());
    }

    @Override
    public Remedy defaultRemedy() {
        return Remedy.REFUND;
    }

    @Override
    public boolean usesUpTheLine() {
        return true;
    }

    @Override
    public ReceiptDecision receiptCheck(ReceiptFacts facts) {
        return new ReturnReceiptCheck().judge(facts);
    }

    /** Each item judged again with the box and papers; a refund owed starts RET-6's clock. */
    @Override
    public Progress received(CaseAggregate aCase, ReceiptDecision receipt, Instant receivedAt) {
        CaseFile file = aCase.before();
        List<Verdict> items = new ArrayList<>();
        for (Item item : file.items()) {
            Verdict verdict = ReturnProgress.afterReceipt(CaseSteps.verdictOf(item.verdict()), receipt);
            aCase.updateItemVerdict(item.position(), StoredVerdict.of(verdict));
            items.add(verdict);
        }
        Verdict overall = ReturnProgress.overall(items, receipt.verdict());
        if (file.remedy() == Remedy.REFUND && overall.outcome() != Outcome.REJECTED) {
            RefundDue due = new RefundDeadline(policies.named(file.policyVersion()), calendar).judge(receivedAt, null);
            aCase.putDeadline(CaseDeadlines.REFUND, due.lastMoment().toInstant(), due.clause().value(), null, null);
        }
        return progress(overall);
    }

    @Override
    public Progress documentsUpdated(CaseFile file, ReceiptDecision receipt) {
        return progress(ReturnProgress.overall(file.items().stream().map(item -> CaseSteps.verdictOf(item.verdict())).toList(),
                receipt.verdict()));
    }

    /** RET-6: the refund within its period from the goods reaching the store, met or not. */
    @Override
    public Refunded refunded(CaseAggregate aCase, PolicyVersion policy, Instant now, List<String> routeClauses) {
        CaseFile file = aCase.before();
        RefundDue due = new RefundDeadline(policy, calendar).judge(file.receipt().receivedAt(), now);
        aCase.putDeadline(CaseDeadlines.REFUND, due.lastMoment().toInstant(), due.clause().value(), due.met(), now);
        return new Refunded(Stream.concat(Stream.of(due.clause().value()), routeClauses.stream()).distinct().toList(), due.met());
    }

    @Override
    public List<String> replacementClauses(CaseFile file) {
        return List.of("RET-1", "GEN-5");
    }

    static Progress progress(Verdict overall) {
        return new Progress(statusFor(overall), StoredVerdict.of(overall));
    }

    static CaseStatus statusFor(Verdict overall) {
        return switch (overall.outcome()) {
            case PENDING -> CaseStatus.RECEIVED;
            case ACCEPTED -> CaseStatus.ACCEPTED;
            case REJECTED -> CaseStatus.REFUSED;
        };
    }
}
