package com.aftercare.cases.internal;

import com.aftercare.evidence.Upload;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Channel;
import com.aftercare.cases.Remedy;
import com.aftercare.policy.returns.Packaging;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What each step of a case is given, already checked for form by the web layer. */
public final class CaseCommands {

    private CaseCommands() {
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

    public record RecordDamageReport(String number, java.time.LocalDate date) {
    }

    public record Examine(boolean customerCaused, String notes) {
    }

    public record Decide(boolean upheld, String note) {
    }

    public record ArrangeShipment(String carrier, boolean storeArranged, String pickupCode, String trackingNumber) {
    }

    public record RecordPickup(UUID shipmentId, Instant at) {
    }

    public record RecordReceipt(Instant receivedAt, Packaging packaging, boolean signedReturnForm, boolean originalInvoice,
                                boolean companyReturnInvoice, String notes) {
    }

    public record UpdateDocuments(boolean signedReturnForm, boolean originalInvoice, boolean companyReturnInvoice) {
    }

    public record Inspect(String lineId, boolean used, boolean dataTransferred, boolean paired, boolean hygieneSealOpened,
                          boolean noFaultFound, List<UUID> evidence, String notes) {
        public Inspect {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public record IssueRefund(String iban) {
    }

    public record ShipReplacement(String carrier, String trackingNumber, List<String> serialNumbers) {
        public ShipReplacement {
            serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
        }
    }

    public record SendBack(String carrier, String trackingNumber) {
    }

    public record Cancel(String reason) {
    }

    public record Attach(String kind, String filename, String declaredContentType, Upload content, String description) {
    }
}
