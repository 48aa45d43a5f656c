package com.aftercare.cases.core;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseFile.AttachmentInfo;
import com.aftercare.cases.CaseFile.Deadline;
import com.aftercare.cases.CaseFile.DeliveryFacts;
import com.aftercare.cases.CaseFile.InspectionRecord;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseFile.Loan;
import com.aftercare.cases.CaseFile.ReceiptRecord;
import com.aftercare.cases.CaseFile.RefundRecord;
import com.aftercare.cases.CaseFile.ReplacementRecord;
import com.aftercare.cases.CaseFile.ShipmentRecord;
import com.aftercare.cases.CaseFile.WarrantyFacts;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.RepairOutcome;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.orders.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One case while a step changes it: read once, changed only through these methods, each of which
 * writes its change and keeps the case as it now stands. The step's answer is {@link #current()},
 * never a second read; {@link #before()} is the case the step's checks were made on.
 */
public final class CaseAggregate {

    private final CaseRepository cases;
    private final CaseFile before;
    private CaseFile current;

    public CaseAggregate(CaseRepository cases, CaseFile file) {
        this.cases = cases;
        this.before = file;
        this.current = file;
    }

    public CaseFile before() {
        return before;
    }

    public CaseFile current() {
        return current;
    }

    /** The case moved to its next state under the version it was read at (the journal does this with its entry). */
    void advance(CaseStatus status, StoredVerdict decision, Instant at) {
        cases.advance(before, status, decision, at);
        current = current.advanced(status, decision, at);
    }

    void appended(CaseFile.Event entry) {
        current = current.withTimeline(append(current.timeline(), entry));
    }

    public void updateItemVerdict(int position, StoredVerdict verdict) {
        cases.updateItemVerdict(current.id(), position, verdict);
        current = current.withItems(current.items().stream().map(item -> item.position() != position ? item
                : new Item(item.position(), item.lineId(), item.serialNumbers(), item.quantity(), item.sku(), item.name(),
                        item.category(), item.unitPrice(), verdict)).toList());
    }

    public void putDeadline(String kind, Instant due, String clause, Boolean met, Instant settledAt) {
        cases.putDeadline(current.id(), kind, due, clause, met, settledAt);
        List<Deadline> deadlines = new ArrayList<>(current.deadlines().stream().filter(d -> !d.kind().equals(kind)).toList());
        deadlines.add(new Deadline(kind, due, clause, met, settledAt));
        deadlines.sort(Comparator.comparing(Deadline::due));
        current = current.withDeadlines(deadlines);
    }

    public void removeDeadline(String kind) {
        cases.removeDeadline(current.id(), kind);
        current = current.withDeadlines(current.deadlines().stream().filter(d -> !d.kind().equals(kind)).toList());
    }

    public void insertShipment(ShipmentRecord shipment) {
        cases.insertShipment(current.id(), shipment);
        current = current.withShipments(append(current.shipments(), shipment));
    }

    public void markPickedUp(UUID shipmentId, Instant at) {
        cases.markPickedUp(shipmentId, at);
        current = current.withShipments(current.shipments().stream().map(s -> !s.id().equals(shipmentId) ? s
                : new ShipmentRecord(s.id(), s.direction(), s.carrier(), s.storeArranged(), s.pickupCode(), s.trackingNumber(),
                        s.payer(), s.payerDecision(), s.arrangedAt(), at)).toList());
    }

    public void insertReceipt(ReceiptRecord receipt) {
        cases.insertReceipt(current.id(), receipt);
        current = current.withReceipt(receipt);
    }

    public void updateReceiptDocuments(boolean signedReturnForm, boolean originalInvoice, boolean companyReturnInvoice,
            StoredVerdict verdict) {
        cases.updateReceiptDocuments(current.id(), signedReturnForm, originalInvoice, companyReturnInvoice, verdict);
        ReceiptRecord r = current.receipt();
        current = current.withReceipt(new ReceiptRecord(r.receivedAt(), r.packaging(), signedReturnForm, originalInvoice,
                companyReturnInvoice, r.notes(), verdict, r.recordedBy()));
    }

    public void insertInspection(InspectionRecord inspection) {
        cases.insertInspection(current.id(), inspection);
        current = current.withInspections(append(current.inspections(), inspection));
    }

    public void insertAttachment(AttachmentInfo info) {
        cases.insertAttachment(current.id(), info);
        current = current.withAttachments(append(current.attachments(), info));
    }

    public void insertRefund(RefundRecord refund) {
        cases.insertRefund(current.id(), refund);
        current = current.withRefund(refund);
    }

    public void insertReplacement(ReplacementRecord replacement) {
        cases.insertReplacement(current.id(), replacement);
        current = current.withReplacement(replacement);
    }

    public void recordDamageReport(String number, LocalDate date) {
        cases.recordDamageReport(current.id(), number, date);
        delivery(d -> new DeliveryFacts(d.refusedAtDoor(), d.notedOnDelivery(), d.invoiceReceived(), d.invoiceResentAt(), number,
                date, d.photosRequestedAt(), d.photoRequests(), d.customerCaused(), d.examinedAt(), d.examinedBy(),
                d.examinationNotes(), d.agentDecision(), d.decidedAt(), d.decidedBy()));
    }

    public void recordPhotoRequest(Instant at) {
        cases.recordPhotoRequest(current.id(), at);
        delivery(d -> new DeliveryFacts(d.refusedAtDoor(), d.notedOnDelivery(), d.invoiceReceived(), d.invoiceResentAt(),
                d.damageReportNumber(), d.damageReportDate(), at, d.photoRequests() + 1, d.customerCaused(), d.examinedAt(),
                d.examinedBy(), d.examinationNotes(), d.agentDecision(), d.decidedAt(), d.decidedBy()));
    }

    public void recordExamination(boolean customerCaused, String notes, Instant at, String by) {
        cases.recordExamination(current.id(), customerCaused, notes, at, by);
        delivery(d -> new DeliveryFacts(d.refusedAtDoor(), d.notedOnDelivery(), d.invoiceReceived(), d.invoiceResentAt(),
                d.damageReportNumber(), d.damageReportDate(), d.photosRequestedAt(), d.photoRequests(), customerCaused, at, by,
                notes, d.agentDecision(), d.decidedAt(), d.decidedBy()));
    }

    public void recordAgentDecision(StoredVerdict decision, Instant at, String by) {
        cases.recordAgentDecision(current.id(), decision, at, by);
        delivery(d -> new DeliveryFacts(d.refusedAtDoor(), d.notedOnDelivery(), d.invoiceReceived(), d.invoiceResentAt(),
                d.damageReportNumber(), d.damageReportDate(), d.photosRequestedAt(), d.photoRequests(), d.customerCaused(),
                d.examinedAt(), d.examinedBy(), d.examinationNotes(), decision, at, by));
    }

    public void recordInvoiceResent(Instant at) {
        cases.recordInvoiceResent(current.id(), at);
        delivery(d -> new DeliveryFacts(d.refusedAtDoor(), d.notedOnDelivery(), d.invoiceReceived(), at, d.damageReportNumber(),
                d.damageReportDate(), d.photosRequestedAt(), d.photoRequests(), d.customerCaused(), d.examinedAt(), d.examinedBy(),
                d.examinationNotes(), d.agentDecision(), d.decidedAt(), d.decidedBy()));
    }

    public void recordDiagnosis(String cause, boolean covered) {
        cases.recordDiagnosis(current.id(), cause, covered);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), cause, covered, w.quote(), w.quoteAccepted(),
                w.repairStartedAt(), w.repairFinishedAt(), w.repairOutcome(), w.workDone(), w.unusableConfirmed(), w.remedyChoice(),
                w.discountRate()));
    }

    public void recordQuote(Money quote) {
        cases.recordQuote(current.id(), quote);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), quote, w.quoteAccepted(),
                w.repairStartedAt(), w.repairFinishedAt(), w.repairOutcome(), w.workDone(), w.unusableConfirmed(), w.remedyChoice(),
                w.discountRate()));
    }

    public void recordQuoteAnswer(boolean accepted) {
        cases.recordQuoteAnswer(current.id(), accepted);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), w.quote(), accepted,
                w.repairStartedAt(), w.repairFinishedAt(), w.repairOutcome(), w.workDone(), w.unusableConfirmed(), w.remedyChoice(),
                w.discountRate()));
    }

    public void recordRepairStart(Instant at) {
        cases.recordRepairStart(current.id(), at);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), w.quote(), w.quoteAccepted(), at,
                w.repairFinishedAt(), w.repairOutcome(), w.workDone(), w.unusableConfirmed(), w.remedyChoice(), w.discountRate()));
    }

    public void recordRepairFinish(Instant at, RepairOutcome outcome, String workDone) {
        cases.recordRepairFinish(current.id(), at, outcome, workDone);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), w.quote(), w.quoteAccepted(),
                w.repairStartedAt(), at, outcome, workDone, w.unusableConfirmed(), w.remedyChoice(), w.discountRate()));
    }

    public void recordUnusableConfirmation(boolean confirmed) {
        cases.recordUnusableConfirmation(current.id(), confirmed);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), w.quote(), w.quoteAccepted(),
                w.repairStartedAt(), w.repairFinishedAt(), w.repairOutcome(), w.workDone(), confirmed, w.remedyChoice(),
                w.discountRate()));
    }

    public void recordRemedyChoice(RemedyChoice choice, BigDecimal discountRate) {
        cases.recordRemedyChoice(current.id(), choice, discountRate);
        warranty(w -> new WarrantyFacts(w.serialNumber(), w.waterproof(), w.cause(), w.covered(), w.quote(), w.quoteAccepted(),
                w.repairStartedAt(), w.repairFinishedAt(), w.repairOutcome(), w.workDone(), w.unusableConfirmed(), choice,
                discountRate));
    }

    public void lend(String loanerSerial, String model, Instant at) {
        UUID loan = cases.lend(current.id(), loanerSerial, at);
        current = current.withLoans(append(current.loans(), new Loan(loan, loanerSerial, model, at, null)));
    }

    public void returnLoaner(UUID loanId, Instant at) {
        cases.returnLoaner(loanId, at);
        current = current.withLoans(current.loans().stream().map(l -> !l.id().equals(loanId) ? l
                : new Loan(l.id(), l.loanerSerial(), l.model(), l.lentAt(), at)).toList());
    }

    private void delivery(UnaryOperator<DeliveryFacts> change) {
        current = current.withDelivery(change.apply(current.delivery()));
    }

    private void warranty(UnaryOperator<WarrantyFacts> change) {
        current = current.withWarranty(change.apply(current.warranty()));
    }

    private static <T> List<T> append(List<T> list, T element) {
        return Stream.concat(list.stream(), Stream.of(element)).toList();
    }
}
