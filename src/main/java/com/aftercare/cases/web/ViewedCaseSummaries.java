package com.aftercare.cases.web;

import com.aftercare.cases.CaseViews;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseSummaries;
import com.aftercare.cases.CaseViews.CaseView;
import com.aftercare.cases.CaseViews.DecisionView;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The summaries other modules read, taken from the same rendering the API and the pages show. */
@Component
class ViewedCaseSummaries implements CaseSummaries {

    private final CaseViews views;

    ViewedCaseSummaries(CaseViews views) {
        this.views = views;
    }

    @Override
    public CaseSummary of(CaseFile file, Locale locale) {
        return summary(views.of(file, locale, java.util.Set.of()));
    }

    private static CaseSummary summary(CaseView view) {
        var refund = view.refund() == null ? null : new Refund(view.refund().amount(), view.refund().destination(),
                Math.max(1, view.refund().reversals().size()),
                view.refund().expectedWindow() == null ? null : view.refund().expectedWindow().from(),
                view.refund().expectedWindow() == null ? null : view.refund().expectedWindow().until(),
                view.refund().decision().clauses());
        var replacement = view.replacement() == null ? null
                : new Replacement(view.replacement().carrier(), view.replacement().trackingNumber(), view.replacement().serialNumbers());
        var w = view.warranty();
        var repair = w == null ? null : new Repair(w.serialNumber(), w.repairStartedAt(), w.repairFinishedAt(),
                w.repairOutcome() == null ? null : w.repairOutcome().name(),
                w.workDone(), w.loans().stream().filter(l -> l.returnedAt() == null).map(CaseViews.LoanView::loanerSerial)
                        .findFirst().orElse(null));
        return new CaseSummary(new CaseId(view.id()), view.reference(), view.type(), view.status(), view.orderNumber(),
                view.policyVersion(),
                view.items().stream().map(i -> new Item(i.lineId(), i.name(), i.serialNumbers(), decision(i.decision()))).toList(),
                decision(view.decision()),
                view.deadlines().stream().map(d -> new Deadline(d.kind(), d.due(), d.clause(), d.met())).toList(),
                view.shipments().stream().map(s -> new Shipment(s.direction(), s.carrier(), s.pickupCode(), s.trackingNumber(),
                        s.payer(), s.payerReason(), s.clauses())).toList(),
                view.inspections().stream().map(i -> new Inspection(i.lineId(), decision(i.decision()), i.evidence())).toList(),
                view.attachments().stream().map(a -> new Attachment(a.id(), a.kind(), a.filename())).toList(),
                refund, replacement, repair);
    }

    private static Decision decision(DecisionView view) {
        return view == null ? null : new Decision(view.outcome().name(), view.reason(), view.clauses());
    }

}
