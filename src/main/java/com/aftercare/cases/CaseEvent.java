package com.aftercare.cases;

import com.aftercare.cases.core.CaseMoments;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.aftercare.orders.Money;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Reason;
import com.aftercare.policy.returns.Packaging;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.RefundDestination;
import com.aftercare.policy.warranty.FaultCause;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happened on a case: one record per kind of timeline entry, with the facts of that step.
 * Listeners (the customer's e-mail, webhooks) switch on the record's type. {@link #details()} is the
 * form the timeline and the webhook payload have always carried (the contract), made from the fields.
 *
 * <p>Each record names its type in JSON ({@code @type}), so that an event can travel as JSON (the event
 * publication registry, or a topic it is externalised to) and come back as the same record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
@JsonSubTypes({
        @JsonSubTypes.Type(CaseEvent.CaseOpened.class),
        @JsonSubTypes.Type(CaseEvent.ReturnShipmentArranged.class),
        @JsonSubTypes.Type(CaseEvent.PickedUp.class),
        @JsonSubTypes.Type(CaseEvent.GoodsReceived.class),
        @JsonSubTypes.Type(CaseEvent.DocumentsUpdated.class),
        @JsonSubTypes.Type(CaseEvent.ItemInspected.class),
        @JsonSubTypes.Type(CaseEvent.RefundIssued.class),
        @JsonSubTypes.Type(CaseEvent.ReplacementShipped.class),
        @JsonSubTypes.Type(CaseEvent.SentBack.class),
        @JsonSubTypes.Type(CaseEvent.Cancelled.class),
        @JsonSubTypes.Type(CaseEvent.AttachmentAdded.class),
        @JsonSubTypes.Type(CaseEvent.DamageReportRecorded.class),
        @JsonSubTypes.Type(CaseEvent.PhotosRequested.class),
        @JsonSubTypes.Type(CaseEvent.Examined.class),
        @JsonSubTypes.Type(CaseEvent.InvestigationDecided.class),
        @JsonSubTypes.Type(CaseEvent.InvoiceResent.class),
        @JsonSubTypes.Type(CaseEvent.Diagnosed.class),
        @JsonSubTypes.Type(CaseEvent.RepairQuoted.class),
        @JsonSubTypes.Type(CaseEvent.QuoteAnswered.class),
        @JsonSubTypes.Type(CaseEvent.RepairStarted.class),
        @JsonSubTypes.Type(CaseEvent.RepairFinished.class),
        @JsonSubTypes.Type(CaseEvent.LoanerDue.class),
        @JsonSubTypes.Type(CaseEvent.LoanerLent.class),
        @JsonSubTypes.Type(CaseEvent.LoanerReturned.class),
        @JsonSubTypes.Type(CaseEvent.UnusableConfirmation.class),
        @JsonSubTypes.Type(CaseEvent.RemedyChosen.class),
        @JsonSubTypes.Type(CaseEvent.RemedyEntitled.class)
})
public sealed interface CaseEvent {

    @JsonIgnore
    CaseEventKind kind();

    /** The entry's facts as the timeline stores them and the API and webhooks show them; a field without a value is left out. */
    @JsonIgnore
    Map<String, Object> details();

    /** A shipment as its timeline entry tells of it. */
    record ShipmentFacts(UUID shipmentId, String carrier, Payer payer, String pickupCode, String trackingNumber) {

        @JsonIgnore
        Map<String, Object> details() {
            return ordered("shipmentId", shipmentId.toString(), "carrier", carrier, "payer", payer.name(), "pickupCode", pickupCode,
                    "trackingNumber", trackingNumber);
        }
    }

    /** @param facts what the case's family adds (a delivery's remarks, the unit's warranty period) */
    record CaseOpened(Channel channel, Instant requestedAt, Remedy remedy, Outcome outcome, Map<String, Object> facts)
            implements CaseEvent {

        public CaseOpened {
            facts = facts == null ? Map.of() : Map.copyOf(facts);
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CASE_OPENED;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = ordered("channel", channel.name(), "requestedAt", CaseMoments.local(requestedAt),
                    "remedy", remedy.name(), "outcome", outcome.name());
            details.putAll(facts);
            return details;
        }
    }

    record ReturnShipmentArranged(ShipmentFacts shipment) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.RETURN_SHIPMENT_ARRANGED;
        }

        @Override
        public Map<String, Object> details() {
            return shipment.details();
        }
    }

    record PickedUp(UUID shipmentId, String carrier, Instant at) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.PICKED_UP;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("shipmentId", shipmentId.toString(), "carrier", carrier, "at", CaseMoments.local(at));
        }
    }

    /** @param missingDocuments the papers that did not come with the goods (GEN-4, DLV-2) */
    record GoodsReceived(Instant receivedAt, Packaging packaging, List<String> missingDocuments) implements CaseEvent {

        public GoodsReceived {
            missingDocuments = List.copyOf(missingDocuments);
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.GOODS_RECEIVED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("receivedAt", CaseMoments.local(receivedAt), "packaging", packaging.name(), "missingDocuments", missingDocuments);
        }
    }

    record DocumentsUpdated(List<String> missingDocuments) implements CaseEvent {

        public DocumentsUpdated {
            missingDocuments = List.copyOf(missingDocuments);
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.DOCUMENTS_UPDATED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("missingDocuments", missingDocuments);
        }
    }

    record ItemInspected(String lineId, Outcome outcome, boolean used, boolean dataTransferred, boolean paired,
                         boolean hygieneSealOpened, boolean noFaultFound, List<UUID> evidence) implements CaseEvent {

        public ItemInspected {
            evidence = List.copyOf(evidence);
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.ITEM_INSPECTED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("lineId", lineId, "outcome", outcome.name(), "used", used, "dataTransferred", dataTransferred,
                    "paired", paired, "hygieneSealOpened", hygieneSealOpened, "noFaultFound", noFaultFound,
                    "evidence", evidence.stream().map(UUID::toString).toList());
        }
    }

    /**
     * @param expectedFrom the first day the bank may show it (PAY-3); null when unknown
     * @param onTime       whether RET-6's refund clock was met; null for a case without one
     */
    record RefundIssued(Money amount, RefundDestination destination, LocalDate expectedFrom, LocalDate expectedUntil,
                        Boolean onTime) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REFUND_ISSUED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("amount", amount.amountText(), "currency", amount.currency(), "destination", destination.name(),
                    "expectedBetween", expectedFrom == null ? null : List.of(expectedFrom.toString(), expectedUntil.toString()),
                    "onTime", onTime);
        }
    }

    /** @param onTime whether DLV-3's replacement clock was met; null for a case without one */
    record ReplacementShipped(String carrier, List<String> serialNumbers, Boolean onTime) implements CaseEvent {

        public ReplacementShipped {
            serialNumbers = List.copyOf(serialNumbers);
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REPLACEMENT_SHIPPED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("carrier", carrier, "serialNumbers", serialNumbers, "payer", Payer.STORE.name(), "onTime", onTime);
        }
    }

    record SentBack(ShipmentFacts shipment) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.SENT_BACK;
        }

        @Override
        public Map<String, Object> details() {
            return shipment.details();
        }
    }

    record Cancelled(String reason) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CANCELLED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("reason", reason);
        }
    }

    record AttachmentAdded(UUID attachmentId, String attachmentKind, String filename) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.ATTACHMENT_ADDED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("attachmentId", attachmentId.toString(), "kind", attachmentKind, "filename", filename);
        }
    }

    record DamageReportRecorded(String reportNumber, LocalDate reportDate) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.DAMAGE_REPORT_RECORDED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("reportNumber", reportNumber, "reportDate", reportDate.toString());
        }
    }

    /** @param request the how-many-th request for photos this is; the second and later are reminders */
    record PhotosRequested(int request) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.PHOTOS_REQUESTED;
        }

        @JsonIgnore
        public boolean reminder() {
            return request > 1;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("request", request, "reminder", reminder());
        }
    }

    record Examined(boolean customerCaused, boolean photos, String notes) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.EXAMINED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("customerCaused", customerCaused, "photos", photos, "notes", notes);
        }
    }

    record InvestigationDecided(boolean upheld, String note) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.INVESTIGATION_DECIDED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("upheld", upheld, "note", note);
        }
    }

    record InvoiceResent(String invoice) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.INVOICE_RESENT;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("invoice", invoice);
        }
    }

    /** @param cause the fault's cause; null when nothing wrong was found */
    record Diagnosed(FaultCause cause, boolean covered, List<UUID> evidence, String notes) implements CaseEvent {

        public Diagnosed {
            evidence = List.copyOf(evidence);
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.DIAGNOSED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("cause", cause == null ? "NO_FAULT_FOUND" : cause.name(), "covered", covered,
                    "evidence", evidence.stream().map(UUID::toString).toList(), "notes", notes);
        }
    }

    record RepairQuoted(Money amount) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REPAIR_QUOTED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("amount", amount.amountText(), "currency", amount.currency());
        }
    }

    record QuoteAnswered(boolean accepted) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return accepted ? CaseEventKind.QUOTE_ACCEPTED : CaseEventKind.QUOTE_DECLINED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered();
        }
    }

    /** @param paid a repair the warranty does not cover, at the quoted price (WAR-3) */
    record RepairStarted(boolean paid) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REPAIR_STARTED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("paid", paid);
        }
    }

    record RepairFinished(RepairOutcome outcome, String workDone, int workingDaysTaken) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REPAIR_FINISHED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("outcome", outcome.name(), "workDone", workDone, "workingDaysTaken", workingDaysTaken);
        }
    }

    /** WAR-5: the loaner the customer was owed by now. */
    record LoanerDue(Instant due) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.LOANER_DUE;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("due", CaseMoments.local(due));
        }
    }

    record LoanerLent(String loaner) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.LOANER_LENT;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("loaner", loaner);
        }
    }

    record LoanerReturned(String loaner) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.LOANER_RETURNED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("loaner", loaner);
        }
    }

    record UnusableConfirmation(boolean continuouslyUnusable) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.UNUSABLE_CONFIRMATION;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("continuouslyUnusable", continuouslyUnusable);
        }
    }

    /** @param discountRate the agreed rate in percent, for a DISCOUNT only */
    record RemedyChosen(RemedyChoice choice, BigDecimal discountRate) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REMEDY_CHOSEN;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("choice", choice.name(), "discountRate", discountRate == null ? null : discountRate.toPlainString());
        }
    }

    /** WAR-8: the unit's ledger now entitles the customer to a replacement or a refund, for this reason. */
    record RemedyEntitled(String serialNumber, Reason reason) implements CaseEvent {

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.REMEDY_ENTITLED;
        }

        @Override
        public Map<String, Object> details() {
            return ordered("serialNumber", serialNumber, "reasonKey", reason.key(),
                    "reasonArguments", reason.arguments().stream().map(String::valueOf).toList(), "reason", reason.defaultText());
        }
    }

    /** Keys and values in order; a null value leaves its key out. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return facts;
    }
}
