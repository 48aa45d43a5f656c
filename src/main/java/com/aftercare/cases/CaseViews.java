package com.aftercare.cases;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseFile.Deadline;
import com.aftercare.orders.Money;
import com.aftercare.policy.CitedClause;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders cases for the API and the back office pages in the reader's language: every decision
 * with its clauses' texts from the policy version the case is judged by, every moment in the
 * store's zone.
 */
@Component
public class CaseViews {

    public record DecisionView(Outcome outcome, List<CitedClause> clauses, String reason, String reasonKey,
                        List<CitedClause> stillToCheck) {
    }

    public record ItemView(String lineId, List<String> serialNumbers, int quantity, String sku, String name, String category,
                    Money unitPrice, DecisionView decision) {
    }

    public record DeadlineView(String kind, OffsetDateTime due, String clause, Boolean met, boolean overdue) {
    }

    /** @param id the timeline entry's number, increasing (the {@code id} of its webhook delivery) */
    public record EventView(long id, OffsetDateTime at, String kind, String actor, List<CitedClause> clauses, Map<String, Object> details) {
    }

    public record ShipmentView(UUID id, String direction, String carrier, boolean storeArranged, String pickupCode,
                        String trackingNumber, String payer, String payerReason, List<CitedClause> clauses,
                        OffsetDateTime arrangedAt, OffsetDateTime pickedUpAt) {
    }

    public record ReceiptView(OffsetDateTime receivedAt, String packaging, boolean signedReturnForm, boolean originalInvoice,
                       boolean companyReturnInvoice, String notes, DecisionView decision, String recordedBy) {
    }

    public record InspectionView(String lineId, boolean used, boolean dataTransferred, boolean paired, boolean hygieneSealOpened,
                          boolean noFaultFound, List<UUID> evidence, String notes, DecisionView decision,
                          OffsetDateTime inspectedAt, String inspectedBy) {
    }

    public record AttachmentView(UUID id, String kind, String filename, String contentType, int size, String sha256,
                          String description, OffsetDateTime uploadedAt, String uploadedBy, String href) {
    }

    public record ExpectedWindowView(LocalDate from, LocalDate until) {
    }

    /** PAY-3: what the bank reverses of one installment. */
    public record ReversalView(int installment, Money amount) {
    }

    public record RefundView(Money amount, String destination, String iban, List<ReversalView> reversals,
                      ExpectedWindowView expectedWindow, DecisionView decision, OffsetDateTime issuedAt, String issuedBy) {
    }

    public record ReplacementView(String carrier, String trackingNumber, List<String> serialNumbers, OffsetDateTime shippedAt,
                           String shippedBy) {
    }

    /** What a delivery-problem case knows of the delivery (DLV-1..DLV-6). */
    public record DeliveryView(boolean refusedAtDoor, Boolean notedOnDelivery, boolean invoiceReceived, OffsetDateTime invoiceResentAt,
                        String damageReportNumber, LocalDate damageReportDate, OffsetDateTime photosRequestedAt,
                        int photoRequests, Boolean customerCaused, OffsetDateTime examinedAt, String examinedBy,
                        String examinationNotes, DecisionView investigation, OffsetDateTime decidedAt, String decidedBy) {
    }

    public record LoanView(String loanerSerial, String model, OffsetDateTime lentAt, OffsetDateTime returnedAt) {
    }

    /** What a warranty case knows of its unit and its repair (WAR-1..WAR-9). */
    public record WarrantyView(String serialNumber, boolean waterproof, String cause, Boolean covered, Money quote,
                        Boolean quoteAccepted, OffsetDateTime repairStartedAt, OffsetDateTime repairFinishedAt,
                        RepairOutcome repairOutcome, String workDone, Boolean unusableConfirmed,
                        RemedyChoice remedyChoice,
                        java.math.BigDecimal discountRate, List<LoanView> loans) {
    }

    public record CaseView(UUID id, String reference, CaseType type, CaseStatus status, String orderNumber, List<ItemView> items,
                    Channel channel, OffsetDateTime requestedAt, Remedy remedy, String description, String faultCode,
                    String faultDescription, String policyVersion, DecisionView decision, List<DeadlineView> deadlines,
                    List<EventView> timeline, List<ShipmentView> shipments, ReceiptView receipt,
                    List<InspectionView> inspections, List<AttachmentView> attachments, RefundView refund,
                    ReplacementView replacement, DeliveryView delivery, WarrantyView warranty, Set<CaseAction> allowedActions, OffsetDateTime openedAt, String openedBy,
                    OffsetDateTime updatedAt, int version) {
    }

    public record QueueEntryView(UUID id, String reference, CaseType type, CaseStatus status, String orderNumber,
                          OffsetDateTime openedAt, DeadlineView nextDeadline) {
    }

    public record QueueView(List<QueueEntryView> cases, String next) {
    }

    private final PolicyBook policies;
    private final MessageSource messages;
    private final Cases cases;
    private final Clock clock;

    CaseViews(PolicyBook policies, MessageSource messages, Cases cases, Clock clock) {
        this.policies = policies;
        this.messages = messages;
        this.cases = cases;
        this.clock = clock;
    }

    public CaseView of(CaseFile file, Locale locale) {
        return of(file, locale, cases.allowedActions(file));
    }

    /** The view with the steps given, for a reader that needs none of them (a mail) and so asks the lifecycle nothing. */
    public CaseView of(CaseFile file, Locale locale, Set<CaseAction> allowed) {
        var render = new Renderer(policy(file.policyVersion()), locale, clock.instant());
        return new CaseView(file.id().value(), file.reference(), file.type(), file.status(), file.orderNumber(),
                file.items().stream().map(item -> new ItemView(item.lineId(), item.serialNumbers(), item.quantity(), item.sku(),
                        item.name(), item.category().name(), item.unitPrice(), render.decision(item.verdict()))).toList(),
                file.channel(), at(file.requestedAt()), file.remedy(), file.description(), file.faultCode(),
                file.faultDescription(), file.policyVersion(), render.decision(file.decision()),
                file.deadlines().stream().map(render::deadline).toList(),
                file.timeline().stream().map(e -> new EventView(e.id(), at(e.at()), e.kind().name(), e.actor(), render.cite(e.clauses()),
                        e.details())).toList(),
                file.shipments().stream().map(render::shipment).toList(),
                file.receipt() == null ? null : render.receipt(file.receipt()),
                file.inspections().stream().map(i -> render.inspection(file, i)).toList(),
                file.attachments().stream().map(a -> new AttachmentView(a.id(), a.kind().name(), a.filename(), a.contentType(), a.size(),
                        a.sha256(), a.description(), at(a.uploadedAt()), a.uploadedBy(),
                        "/api/v1/cases/" + file.id() + "/attachments/" + a.id())).toList(),
                file.refund() == null ? null : render.refund(file.refund()),
                file.replacement() == null ? null : new ReplacementView(file.replacement().carrier(),
                        file.replacement().trackingNumber(), file.replacement().serialNumbers(), at(file.replacement().shippedAt()),
                        file.replacement().shippedBy()),
                file.delivery() == null ? null : render.delivery(file.delivery()),
                file.warranty() == null ? null : warranty(file),
                allowed, at(file.openedAt()), file.openedBy(), at(file.updatedAt()), file.version());
    }

    private static WarrantyView warranty(CaseFile file) {
        CaseFile.WarrantyFacts w = file.warranty();
        return new WarrantyView(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), w.quote(), w.quoteAccepted(),
                at(w.repairStartedAt()), at(w.repairFinishedAt()), w.repairOutcome(), w.workDone(), w.unusableConfirmed(),
                w.remedyChoice(), w.discountRate(),
                file.loans().stream().map(l -> new LoanView(l.loanerSerial(), l.model(), at(l.lentAt()), at(l.returnedAt()))).toList());
    }

    public QueueView of(CaseQueue.Page page) {
        return new QueueView(page.entries().stream().map(entry -> new QueueEntryView(entry.id().value(), entry.reference(),
                entry.type(), entry.status(), entry.orderNumber(), at(entry.openedAt()),
                entry.nextDue() == null ? null : new DeadlineView(entry.nextDeadline(), at(entry.nextDue()), entry.nextClause(),
                        null, entry.overdue()))).toList(), page.next());
    }

    /** The clauses a step applies, with their texts in the policy version the case is judged by. */
    public List<CitedClause> cite(CaseView view, List<String> clauseIds, Locale locale) {
        return policy(view.policyVersion()).cite(clauseIds.stream().map(ClauseId::of).toList(), locale);
    }

    /** The carriers the store has a contract with, in the case's policy version (GEN-5). */
    public List<String> contractedCarriers(CaseView view) {
        return policy(view.policyVersion()).contractedCarriers();
    }

    private PolicyVersion policy(String version) {
        return policies.named(version);
    }

    /** A moment as API.md writes it: in the store's zone, to the second. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(TurkishCalendar.ZONE).toOffsetDateTime();
    }

    /** Renders the parts of one case in one language. */
    private final class Renderer {

        private final PolicyVersion policy;
        private final Locale locale;
        private final Instant now;

        Renderer(PolicyVersion policy, Locale locale, Instant now) {
            this.policy = policy;
            this.locale = locale;
            this.now = now;
        }

        DecisionView decision(StoredVerdict verdict) {
            return new DecisionView(verdict.outcome(), cite(verdict.clauses()), text(verdict.reason()), verdict.reasonKey(),
                    cite(verdict.stillToCheck()));
        }

        List<CitedClause> cite(List<String> ids) {
            return policy.cite(ids.stream().map(ClauseId::of).toList(), locale);
        }

        String text(Reason reason) {
            return messages.getMessage(reason.key(), reason.arguments().toArray(), reason.defaultText(), locale);
        }

        DeadlineView deadline(Deadline deadline) {
            return new DeadlineView(deadline.kind(), at(deadline.due()), deadline.clause(), deadline.met(), deadline.overdueAt(now));
        }

        ShipmentView shipment(CaseFile.ShipmentRecord s) {
            StoredReasoning why = s.payerDecision();
            return new ShipmentView(s.id(), s.direction().name(), s.carrier(), s.storeArranged(), s.pickupCode(),
                    s.trackingNumber(), s.payer().name(), text(why.reason()), cite(why.clauses()), at(s.arrangedAt()),
                    at(s.pickedUpAt()));
        }

        ReceiptView receipt(CaseFile.ReceiptRecord r) {
            return new ReceiptView(at(r.receivedAt()), r.packaging().name(), r.signedReturnForm(), r.originalInvoice(),
                    r.companyReturnInvoice(), r.notes(), decision(r.verdict()), r.recordedBy());
        }

        InspectionView inspection(CaseFile file, CaseFile.InspectionRecord i) {
            String lineId = file.item(i.itemPosition()).map(CaseFile.Item::lineId).orElse(null);
            return new InspectionView(lineId, i.used(), i.dataTransferred(), i.paired(), i.hygieneSealOpened(), i.noFaultFound(),
                    i.evidence(), i.notes(), decision(i.verdict()), at(i.inspectedAt()), i.inspectedBy());
        }

        DeliveryView delivery(CaseFile.DeliveryFacts d) {
            return new DeliveryView(d.refusedAtDoor(), d.notedOnDelivery(), d.invoiceReceived(), at(d.invoiceResentAt()),
                    d.damageReportNumber(), d.damageReportDate(), at(d.photosRequestedAt()), d.photoRequests(), d.customerCaused(),
                    at(d.examinedAt()), d.examinedBy(), d.examinationNotes(),
                    d.agentDecision() == null ? null : decision(d.agentDecision()), at(d.decidedAt()), d.decidedBy());
        }

        RefundView refund(CaseFile.RefundRecord r) {
            ExpectedWindowView window = r.expectedFrom() == null ? null : new ExpectedWindowView(r.expectedFrom(), r.expectedUntil());
            List<ReversalView> reversals = r.reversals().stream()
                    .map(rev -> new ReversalView(rev.installment(), new Money(rev.amount(), r.amount().currency()))).toList();
            return new RefundView(r.amount(), r.destination().name(), r.iban(), reversals, window, decision(r.decision()),
                    at(r.issuedAt()), r.issuedBy());
        }
    }
}
