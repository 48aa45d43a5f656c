package com.aftercare.cases;

import com.aftercare.evidence.Upload;
import com.aftercare.orders.Money;
import com.aftercare.policy.warranty.FaultCause;
import com.aftercare.policy.returns.Packaging;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What each step of a case is given, already checked for form by the web layer. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** A step taken on a case after it is opened: one record per step; {@link Cases#take} hands it to the room that takes it. */
    public sealed interface Step {
    }

    /** A line of the order, or units of it named by serial number. */
    public record RequestedItem(String lineId, Integer quantity, List<String> serialNumbers) {
        public RequestedItem {
            serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
        }
    }

    /**
     * @param requestedAt the moment the customer asked; null means now
     * @param delivery what a delivery-problem case knows of the delivery; null for other types
     */
    public record Open(CaseType type, String orderNumber, List<RequestedItem> items, Channel channel, Instant requestedAt,
                       String description, Remedy remedy, String faultCode, String faultDescription, AtDelivery delivery) {
        public Open {
            items = items == null ? List.of() : List.copyOf(items);
            delivery = delivery == null ? new AtDelivery(null, null, null, null, null) : delivery;
        }
    }

    /**
     * How the goods were received (DLV-1..DLV-6).
     *
     * @param refusedAtDoor DLV-3, DLV-6: the goods were refused at the door
     * @param notedOnDelivery DLV-5, DLV-6: the problem was written on the delivery note before signing; null if unknown
     * @param invoiceReceived DLV-1: the invoice came with the goods; null means it did
     * @param damageReportNumber DLV-3: the carrier's damage report, when already at hand
     */
    public record AtDelivery(Boolean refusedAtDoor, Boolean notedOnDelivery, Boolean invoiceReceived,
                             String damageReportNumber, java.time.LocalDate damageReportDate) {
    }

    public record RecordDamageReport(String number, java.time.LocalDate date) implements Step {
    }

    public record Examine(boolean customerCaused, String notes) implements Step {
    }

    public record Decide(boolean upheld, String note) implements Step {
    }

    public record ArrangeShipment(String carrier, boolean storeArranged, String pickupCode, String trackingNumber) implements Step {
    }

    public record RecordPickup(UUID shipmentId, Instant at) implements Step {
    }

    public record RecordReceipt(Instant receivedAt, Packaging packaging, boolean signedReturnForm, boolean originalInvoice,
                                boolean companyReturnInvoice, String notes) implements Step {
    }

    public record UpdateDocuments(boolean signedReturnForm, boolean originalInvoice, boolean companyReturnInvoice) implements Step {
    }

    public record Inspect(String lineId, boolean used, boolean dataTransferred, boolean paired, boolean hygieneSealOpened,
                          boolean noFaultFound, List<UUID> evidence, String notes) implements Step {
        public Inspect {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public record IssueRefund(String iban) implements Step {
    }

    public record ShipReplacement(String carrier, String trackingNumber, List<String> serialNumbers) implements Step {
        public ShipReplacement {
            serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
        }
    }

    public record SendBack(String carrier, String trackingNumber) implements Step {
    }

    public record Cancel(String reason) implements Step {
    }

    public record Attach(String kind, String filename, String declaredContentType, Upload content, String description) implements Step {
    }

    /** DLV-4: customer services asks the customer for photos of the damage. */
    public record RequestPhotos() implements Step {
    }

    /** DLV-1: the invoice that did not come with the goods is sent again. */
    public record ResendInvoice() implements Step {
    }

    /** WAR-2, WAR-3: the technician's finding on the unit; evidence are photos or videos attached to the case. */
    public record Diagnose(FaultCause cause, boolean noFaultFound, List<UUID> evidence, String notes) implements Step {
        public Diagnose {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** WAR-3: the price of a repair the warranty does not cover. */
    public record Quote(Money amount) implements Step {
    }

    public record AnswerQuote(boolean accepted) implements Step {
    }

    public record StartRepair() implements Step {
    }

    public record FinishRepair(RepairOutcome outcome, String workDone) implements Step {
    }

    /** WAR-5: a loaner from the pool, lent while the repair runs long. */
    public record LendLoaner(String serialNumber) implements Step {
    }

    public record ReturnLoaner() implements Step {
    }

    /** WAR-8 (a)-(e): the service confirms in writing that the unit cannot serve its purpose, or that it can. */
    public record ConfirmUnusable(boolean confirmed) implements Step {
    }

    /** WAR-8: the customer's choice once entitled; a discount gives its agreed rate in percent. */
    public record ChooseRemedy(RemedyChoice choice, java.math.BigDecimal discountRate) implements Step {
    }
}
