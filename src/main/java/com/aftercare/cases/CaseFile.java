package com.aftercare.cases;

import com.aftercare.orders.Money;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.returns.InstallmentReversal;
import com.aftercare.policy.returns.Packaging;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.RefundDestination;
import com.aftercare.policy.returns.ShipmentDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A case as stored: its head, its items and every step recorded on it. Read whole, changed by one
 * step at a time under its version (optimistic locking).
 */
public record CaseFile(CaseId id, String reference, CaseType type, CaseStatus status, String orderNumber, Channel channel,
                       Instant requestedAt, String description, String faultCode, String faultDescription, Remedy remedy,
                       String policyVersion, StoredVerdict decision, String openedBy, Instant openedAt, Instant updatedAt,
                       int version, List<Item> items, List<Deadline> deadlines, List<Event> timeline,
                       List<ShipmentRecord> shipments, ReceiptRecord receipt, List<InspectionRecord> inspections,
                       List<AttachmentInfo> attachments, RefundRecord refund, ReplacementRecord replacement,
                       DeliveryFacts delivery, WarrantyFacts warranty, List<Loan> loans) {

    // One copy per part of the case, for the aggregate that keeps it as a step changes it.

    public CaseFile advanced(CaseStatus newStatus, StoredVerdict newDecision, Instant at) {
        return new CaseFile(id, reference, type, newStatus, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, newDecision, openedBy, openedAt, at, version + 1, items, deadlines,
                timeline, shipments, receipt, inspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withItems(List<Item> newItems) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, newItems, deadlines,
                timeline, shipments, receipt, inspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withDeadlines(List<Deadline> newDeadlines) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, newDeadlines,
                timeline, shipments, receipt, inspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withTimeline(List<Event> newTimeline) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                newTimeline, shipments, receipt, inspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withShipments(List<ShipmentRecord> newShipments) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, newShipments, receipt, inspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withReceipt(ReceiptRecord newReceipt) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, newReceipt, inspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withInspections(List<InspectionRecord> newInspections) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, newInspections, attachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withAttachments(List<AttachmentInfo> newAttachments) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, inspections, newAttachments, refund, replacement, delivery, warranty, loans);
    }

    public CaseFile withRefund(RefundRecord newRefund) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, inspections, attachments, newRefund, replacement, delivery, warranty, loans);
    }

    public CaseFile withReplacement(ReplacementRecord newReplacement) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, inspections, attachments, refund, newReplacement, delivery, warranty, loans);
    }

    public CaseFile withDelivery(DeliveryFacts newDelivery) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, inspections, attachments, refund, replacement, newDelivery, warranty, loans);
    }

    public CaseFile withWarranty(WarrantyFacts newWarranty) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, inspections, attachments, refund, replacement, delivery, newWarranty, loans);
    }

    public CaseFile withLoans(List<Loan> newLoans) {
        return new CaseFile(id, reference, type, status, orderNumber, channel, requestedAt, description, faultCode,
                faultDescription, remedy, policyVersion, decision, openedBy, openedAt, updatedAt, version, items, deadlines,
                timeline, shipments, receipt, inspections, attachments, refund, replacement, delivery, warranty, newLoans);
    }

    public record Item(int position, String lineId, List<String> serialNumbers, int quantity, String sku, String name,
                       ProductCategory category, Money unitPrice, StoredVerdict verdict) {

        public Money total() {
            return unitPrice.times(quantity);
        }
    }

    /** A clock on the case; {@code met} stays null while it runs. */
    public record Deadline(String kind, Instant due, String clause, Boolean met, Instant settledAt) {

        public boolean overdueAt(Instant now) {
            return met == null && now.isAfter(due);
        }
    }

    public record Event(long id, Instant at, String actor, CaseEventKind kind, List<String> clauses, Map<String, Object> details) {
    }

    public record ShipmentRecord(UUID id, ShipmentDirection direction, String carrier, boolean storeArranged, String pickupCode,
                                 String trackingNumber, Payer payer, StoredReasoning payerDecision, Instant arrangedAt,
                                 Instant pickedUpAt) {
    }

    public record ReceiptRecord(Instant receivedAt, Packaging packaging, boolean signedReturnForm, boolean originalInvoice,
                                boolean companyReturnInvoice, String notes, StoredVerdict verdict, String recordedBy) {
    }

    public record InspectionRecord(UUID id, int itemPosition, boolean used, boolean dataTransferred, boolean paired,
                                   boolean hygieneSealOpened, boolean noFaultFound, List<UUID> evidence, String notes,
                                   StoredVerdict verdict, Instant inspectedAt, String inspectedBy) {

        /** RET-5: nothing wrong was found, and the customer was shown why with photos or video on the case. */
        public boolean noFaultShownWithEvidence() {
            return noFaultFound && !evidence.isEmpty();
        }
    }

    public record AttachmentInfo(UUID id, CaseAttachments.Kind kind, String filename, String contentType, int size, String sha256,
                                 String description, Instant uploadedAt, String uploadedBy) {
    }

    public record RefundRecord(Money amount, RefundDestination destination, String iban, List<InstallmentReversal> reversals,
                               LocalDate expectedFrom, LocalDate expectedUntil, StoredVerdict decision, Instant issuedAt,
                               String issuedBy) {
    }

    public record ReplacementRecord(String carrier, String trackingNumber, List<String> serialNumbers, Instant shippedAt,
                                    String shippedBy) {
    }

    /**
     * What a delivery-problem case knows of the delivery (DLV-1..DLV-6); null for other types.
     *
     * @param notedOnDelivery DLV-5/DLV-6: written on the delivery note before signing; null when not known yet
     * @param customerCaused DLV-4: the examination's finding; null until examined
     * @param agentDecision DLV-5/DLV-6: an agent's decision after an investigation; null until decided
     */
    public record DeliveryFacts(boolean refusedAtDoor, Boolean notedOnDelivery, boolean invoiceReceived,
                                Instant invoiceResentAt, String damageReportNumber, LocalDate damageReportDate,
                                Instant photosRequestedAt, int photoRequests, Boolean customerCaused, Instant examinedAt,
                                String examinedBy, String examinationNotes, StoredVerdict agentDecision, Instant decidedAt,
                                String decidedBy) {

        public static DeliveryFacts atOpening(boolean refusedAtDoor, Boolean notedOnDelivery, boolean invoiceReceived,
                String damageReportNumber, LocalDate damageReportDate) {
            return new DeliveryFacts(refusedAtDoor, notedOnDelivery, invoiceReceived, null, damageReportNumber,
                    damageReportDate, null, 0, null, null, null, null, null, null, null);
        }

        public boolean hasDamageReport() {
            return damageReportNumber != null && damageReportDate != null;
        }
    }

    /**
     * What a WARRANTY case knows of its unit and its repair (WAR-1..WAR-9); null for other types.
     *
     * @param cause the diagnosis (a {@code FaultCause} name); null until diagnosed
     * @param covered WAR-7: repaired free; false for an exclusion; null until diagnosed
     * @param unusableConfirmed WAR-8 (a)-(e): the agent's confirmation; null until asked
     */
    public record WarrantyFacts(String serialNumber, boolean waterproof, String cause, Boolean covered, Money quote,
                                Boolean quoteAccepted, Instant repairStartedAt, Instant repairFinishedAt,
                                RepairOutcome repairOutcome, String workDone, Boolean unusableConfirmed,
                                RemedyChoice remedyChoice,
                                java.math.BigDecimal discountRate) {

        public boolean notRepairable() {
            return repairOutcome == RepairOutcome.NOT_REPAIRABLE;
        }
    }

    /** WAR-5: a loaner lent on this case. */
    public record Loan(UUID id, String loanerSerial, String model, Instant lentAt, Instant returnedAt) {
    }

    public CaseFile {
        items = List.copyOf(items);
        deadlines = List.copyOf(deadlines);
        timeline = List.copyOf(timeline);
        shipments = List.copyOf(shipments);
        inspections = List.copyOf(inspections);
        attachments = List.copyOf(attachments);
        loans = loans == null ? List.of() : List.copyOf(loans);
    }

    public Optional<Loan> openLoan() {
        return loans.stream().filter(loan -> loan.returnedAt() == null).findFirst();
    }

    public Optional<Item> item(int position) {
        return items.stream().filter(item -> item.position() == position).findFirst();
    }

    public Optional<Deadline> deadline(String kind) {
        return deadlines.stream().filter(deadline -> deadline.kind().equals(kind)).findFirst();
    }

    public Optional<InspectionRecord> inspectionOf(int position) {
        return inspections.stream().filter(inspection -> inspection.itemPosition() == position).findFirst();
    }

    public Optional<ShipmentRecord> shipment(UUID shipmentId) {
        return shipments.stream().filter(shipment -> shipment.id().equals(shipmentId)).findFirst();
    }
}
