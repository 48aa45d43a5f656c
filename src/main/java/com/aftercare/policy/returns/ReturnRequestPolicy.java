package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.DLV_2;
import static com.aftercare.policy.returns.Clauses.GEN_3;
import static com.aftercare.policy.returns.Clauses.GEN_4;
import static com.aftercare.policy.returns.Clauses.RET_1;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * RET-2: the verdict a return request opens with. Outside RET-1's window (or before delivery) the
 * whole request is refused; items the policy never takes back are refused by GEN-3, and if that is
 * every item, so is the request; what is left waits for the goods: packaging, inspection, the signed
 * return form (GEN-4) and the invoice (DLV-2), which for goods invoiced to a company means the
 * company's return invoice.
 */
public final class ReturnRequestPolicy {

    private final ReturnWindow window;
    private final ReturnableGoods goods;

    public ReturnRequestPolicy(PolicyVersion policy, TurkishCalendar calendar) {
        Objects.requireNonNull(policy, "policy");
        this.window = new ReturnWindow(policy, calendar);
        this.goods = new ReturnableGoods(policy);
    }

    public ReturnRequestDecision open(ReturnRequest request) {
        WindowDecision inWindow = window.judge(request.deliveredAt(), request.requestedAt());
        Map<String, Verdict> items = new LinkedHashMap<>();
        if (!inWindow.open()) {
            request.items().forEach(item -> items.put(item.lineId(), inWindow.verdict()));
            return new ReturnRequestDecision(inWindow.verdict(), items, inWindow);
        }
        request.items().forEach(item -> items.put(item.lineId(), goods.judge(item.category())));
        return new ReturnRequestDecision(overall(request, items), items, inWindow);
    }

    private static Verdict overall(ReturnRequest request, Map<String, Verdict> items) {
        long refused = items.values().stream().filter(v -> v instanceof Verdict.Rejected).count();
        if (refused == items.size()) {
            return Verdict.rejected(Reason.of("return.request.nothingReturnable",
                    "None of the items can be returned: they are never subject to the right of withdrawal."),
                    RET_1, GEN_3);
        }
        List<ClauseId> applied = new ArrayList<>(List.of(RET_1));
        if (refused > 0) {
            applied.add(GEN_3);
        }
        SortedSet<ClauseId> toCheck = new TreeSet<>(List.of(GEN_4, DLV_2));
        items.values().stream()
                .filter(v -> v instanceof Verdict.Pending)
                .forEach(v -> toCheck.addAll(((Verdict.Pending) v).stillToCheck()));
        return Verdict.pending(reason(request.invoiceType(), refused, items.size()), applied, List.copyOf(toCheck));
    }

    private static Reason reason(InvoiceType invoice, long refused, int all) {
        String documents = invoice == InvoiceType.CORPORATE
                ? "the goods were invoiced to a company, so they are taken back only against the company''s"
                        + " return invoice (DLV-2), sent with the signed return form"
                : "the goods travel with the signed return form and the original invoice, checked when they arrive";
        String key = invoice == InvoiceType.CORPORATE ? "companyReturnInvoiceNeeded" : "checkedAtReceipt";
        if (refused > 0) {
            return Reason.of("return.request.partly." + key,
                    "Asked in time, but {0} of {1} items can never be returned; for the rest, " + documents + ".",
                    refused, all);
        }
        return Reason.of("return.request." + key, "Asked in time; " + documents + ".");
    }
}
