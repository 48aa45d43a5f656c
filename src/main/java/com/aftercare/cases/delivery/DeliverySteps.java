package com.aftercare.cases.delivery;

import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.core.CaseDeadlines;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseJournal;
import com.aftercare.cases.core.CasePolicies;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseCommands.Decide;
import com.aftercare.cases.CaseCommands.Examine;
import com.aftercare.cases.CaseCommands.RecordDamageReport;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.delivery.DamageDecision;
import com.aftercare.policy.delivery.DefectAfterDelivery;
import com.aftercare.policy.delivery.DefectFacts;
import com.aftercare.policy.delivery.DeliveryPapers;
import com.aftercare.policy.delivery.MissingItem;
import com.aftercare.policy.delivery.PapersAtDelivery;
import com.aftercare.policy.delivery.PapersDecision;
import com.aftercare.policy.delivery.ShortageFacts;
import com.aftercare.policy.delivery.WrongItem;
import com.aftercare.policy.delivery.WrongItemFacts;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps only delivery problems have: the carrier's damage report (DLV-3), photos asked for
 * and the examination (DLV-4), an agent's decision after an investigation (DLV-5, DLV-6), and the
 * invoice sent again (DLV-1). The steps they share with returns live in {@link CaseSteps}.
 */
@Service
public class DeliverySteps {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CasePolicies policies;
    private final DeliveryOpening opening;
    private final Orders orders;
    private final TurkishCalendar calendar;
    private final Clock clock;

    DeliverySteps(CaseRepository cases, CaseJournal journal, CasePolicies policies, DeliveryOpening opening, Orders orders,
            TurkishCalendar calendar, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.policies = policies;
        this.opening = opening;
        this.orders = orders;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public CaseFile recordDamageReport(CaseId id, RecordDamageReport command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.RECORD_DAMAGE_REPORT);
        CaseFile file = aCase.before();
        DeliveryOpening.damageReportDateProblem(command.date(), deliveryDay(file), today()).ifPresent(problem -> {
            throw new InvalidInputException("date", problem);
        });
        DamageDecision damage = opening.damaged(policies.named(file.policyVersion()), file.delivery().refusedAtDoor(),
                command.number(), command.date());
        Instant now = clock.instant();
        aCase.recordDamageReport(command.number(), command.date());
        if (file.remedy() != Remedy.REFUND) {
            damage.lastMoment().ifPresent(last -> aCase.putDeadline(CaseDeadlines.REPLACEMENT, last.toInstant(),
                    "DLV-3", null, null));
        }
        decide(aCase, damage.verdict(), now, caller, new CaseEvent.DamageReportRecorded(command.number(), command.date()));
        return aCase.current();
    }

    @Transactional
    public CaseFile requestPhotos(CaseId id, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.REQUEST_PHOTOS);
        CaseFile file = aCase.before();
        Instant now = clock.instant();
        aCase.recordPhotoRequest(now);
        aCase.putDeadline(CaseDeadlines.PHOTOS, opening.photosReminderDue(now), "DLV-4", null, null);
        int request = file.delivery().photoRequests() + 1;
        journal.record(aCase, file.status(), file.decision(), now, caller.username(), List.of("DLV-4"),
                new CaseEvent.PhotosRequested(request));
        return aCase.current();
    }

    @Transactional
    public CaseFile examine(CaseId id, Examine command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.EXAMINE);
        CaseFile file = aCase.before();
        boolean photos = file.attachments().stream().anyMatch(a -> a.kind().visual());
        Instant deliveredAt = order(file).delivery().deliveredAt().toInstant();
        Verdict verdict = new DefectAfterDelivery(policies.named(file.policyVersion()), calendar)
                .judge(DefectFacts.examined(command.customerCaused(), deliveredAt, file.requestedAt())).verdict();
        Instant now = clock.instant();
        aCase.recordExamination(command.customerCaused(), command.notes(), now, caller.username());
        // Settle the photo clock only if the photos have not settled it already: late photos stay late.
        file.deadline(CaseDeadlines.PHOTOS).filter(deadline -> deadline.met() == null).ifPresent(deadline ->
                aCase.putDeadline(deadline.kind(), deadline.due(), deadline.clause(), photos, now));
        decide(aCase, verdict, now, caller, new CaseEvent.Examined(command.customerCaused(), photos, command.notes()));
        return aCase.current();
    }

    @Transactional
    public CaseFile decide(CaseId id, Decide command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.DECIDE);
        CaseFile file = aCase.before();
        Verdict verdict = switch (file.type()) {
            case MISSING_ITEM -> new MissingItem().judge(new ShortageFacts(file.delivery().notedOnDelivery(), null)
                    .investigated(command.upheld()));
            case WRONG_ITEM -> new WrongItem().judge(new WrongItemFacts(false, command.upheld()));
            default -> throw journal.conflict(file, "Only a missing or wrong item is decided by an investigation.");
        };
        Instant now = clock.instant();
        aCase.recordAgentDecision(StoredVerdict.of(verdict), now, caller.username());
        decide(aCase, verdict, now, caller, new CaseEvent.InvestigationDecided(command.upheld(), command.note()));
        return aCase.current();
    }

    @Transactional
    public CaseFile resendInvoice(CaseId id, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.RESEND_INVOICE);
        CaseFile file = aCase.before();
        PapersDecision papers = new DeliveryPapers().judge(new PapersAtDelivery(false));
        Instant now = clock.instant();
        aCase.recordInvoiceResent(now);
        journal.record(aCase, file.status(), file.decision(), now, caller.username(),
                papers.verdict().appliedClauses().stream().map(ClauseId::value).toList(),
                new CaseEvent.InvoiceResent(order(file).invoice().number()));
        return aCase.current();
    }

    /**
     * A decision of the case's own clause: the case and each of its items take it, and the case moves by it. The
     * case's decision keeps citing DLV-1 when the invoice did not come with the goods, as it did when opened.
     */
    private void decide(CaseAggregate aCase, Verdict verdict, Instant now, Caller caller, CaseEvent event) {
        CaseFile file = aCase.before();
        StoredVerdict stored = StoredVerdict.of(verdict);
        for (Item item : file.items()) {
            aCase.updateItemVerdict(item.position(), stored);
        }
        CaseStatus next = DeliveryOpening.statusOf(verdict, file.status());
        StoredVerdict forCase = StoredVerdict.of(DeliveryOpening.withInvoiceNote(verdict, file.delivery().invoiceReceived()));
        journal.record(aCase, next, forCase, now, caller.username(), verdict.appliedClauses().stream().map(ClauseId::value).toList(),
                event);
    }

    private com.aftercare.orders.Order order(CaseFile file) {
        return orders.find(new OrderNumber(file.orderNumber()))
                .orElseThrow(() -> new IllegalStateException("order " + file.orderNumber() + " of case " + file.reference() + " is gone"));
    }

    private java.time.LocalDate deliveryDay(CaseFile file) {
        return order(file).delivery().deliveredAt().atZoneSameInstant(TurkishCalendar.ZONE).toLocalDate();
    }

    private java.time.LocalDate today() {
        return clock.instant().atZone(TurkishCalendar.ZONE).toLocalDate();
    }
}
