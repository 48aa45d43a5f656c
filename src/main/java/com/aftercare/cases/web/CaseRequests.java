package com.aftercare.cases.web;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.RepairOutcome;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Channel;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseCommands;
import com.aftercare.policy.returns.Packaging;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies of the case API's requests, as API.md names their fields. */
final class CaseRequests {

    private CaseRequests() {
    }

    record ItemRequest(
            @Schema(description = "The order line", example = "1") @NotBlank String lineId,
            @Schema(description = "How many of the line; defaults to the serial numbers named, or the whole line") @Min(1) Integer quantity,
            @Schema(description = "Units of the line named by serial number") List<@NotBlank String> serialNumbers) {

        CaseCommands.RequestedItem toCommand() {
            return new CaseCommands.RequestedItem(lineId, quantity, serialNumbers);
        }
    }

    record OpenCase(
            @NotNull CaseType type,
            @NotBlank String orderNumber,
            @NotEmpty(message = "name at least one line of the order")
            List<@NotNull(message = "is null; name a line of the order with its lineId (and quantity)") @Valid ItemRequest> items,
            @NotNull Channel channel,
            @Schema(description = "When the customer asked; defaults to now. A past moment is allowed for requests by phone, letter or fax entered later.")
            OffsetDateTime requestedAt,
            @Size(max = 4000) String description,
            @Schema(description = "RETURN: what the customer wants back; REFUND when absent") Remedy remedy,
            @Size(max = 40) String faultCode,
            @Size(max = 4000) String faultDescription,
            @Schema(description = "DLV-3, DLV-6: the goods were refused at the door") Boolean refusedAtDoor,
            @Schema(description = "DLV-5, DLV-6: the shortage or wrong item was written on the delivery note before signing (the carrier's note, or the delivery's remarks as the agent reads them)")
            Boolean notedOnDelivery,
            @Schema(description = "DLV-1: the invoice came with the goods; false records a missing invoice to send again")
            Boolean invoiceReceived,
            @Schema(description = "DLV-3: the carrier's damage report, when already at hand") @Valid DamageReport damageReport) {

        CaseCommands.Open toCommand() {
            return new CaseCommands.Open(type, orderNumber, items.stream().map(ItemRequest::toCommand).toList(), channel,
                    requestedAt == null ? null : requestedAt.toInstant(), description, remedy, faultCode, faultDescription,
                    new CaseCommands.AtDelivery(refusedAtDoor, notedOnDelivery, invoiceReceived,
                            damageReport == null ? null : damageReport.number(), damageReport == null ? null : damageReport.date()));
        }
    }

    /** DLV-3: the report the carrier's officer wrote when the damaged goods were refused at the door. */
    record DamageReport(@NotBlank @Size(max = 60) String number,
                        @Schema(description = "The day it was written; the replacement period runs from it") @NotNull java.time.LocalDate date) {
    }

    record Examination(
            @Schema(description = "DLV-4: whether the customer caused the damage or defect") @NotNull Boolean customerCaused,
            @Size(max = 4000) String notes) {
    }

    record Decision(
            @Schema(description = "DLV-5, DLV-6: the investigation upholds the customer's claim (the item is missing / is the wrong one)")
            @NotNull Boolean upheld,
            @Size(max = 4000) String note) {
    }

    record ArrangeShipment(
            @NotBlank @Size(max = 100) String carrier,
            @Schema(description = "true: the store arranges the pickup with a contracted carrier (GEN-5); false: the customer ships with a carrier of their choice")
            @NotNull Boolean storeArranged,
            @Schema(description = "The carrier's pickup or return code; generated when the store arranges the pickup and none is given")
            @Size(max = 60) String pickupCode,
            @Size(max = 60) String trackingNumber) {
    }

    record RecordPickup(@Schema(description = "When the carrier collected the goods; defaults to now") OffsetDateTime at) {
    }

    record RecordReceipt(
            @Schema(description = "When the goods reached the store; defaults to now. Starts the refund clock (RET-6).") OffsetDateTime receivedAt,
            @Schema(description = "GEN-1, GEN-2") @NotNull Packaging packaging,
            @Schema(description = "GEN-4: the return form, filled in and signed") @NotNull Boolean signedReturnForm,
            @Schema(description = "DLV-2: the original invoice") @NotNull Boolean originalInvoice,
            @Schema(description = "DLV-2: a company's goods need the company's return invoice") Boolean companyReturnInvoice,
            @Size(max = 4000) String notes) {
    }

    record UpdateDocuments(@NotNull Boolean signedReturnForm, @NotNull Boolean originalInvoice, Boolean companyReturnInvoice) {
    }

    record Inspect(
            @NotBlank String lineId,
            @Schema(description = "RET-3: used") @NotNull Boolean used,
            @Schema(description = "RET-3: data transferred to it") @NotNull Boolean dataTransferred,
            @Schema(description = "RET-3: paired (\"matched\") with a phone") @NotNull Boolean paired,
            @Schema(description = "GEN-3: the hygiene seal of headphones opened") @NotNull Boolean hygieneSealOpened,
            @Schema(description = "RET-5: nothing wrong was found with the unit") Boolean noFaultFound,
            @Schema(description = "RET-5: the photos or videos (attachment ids) that show the customer why") List<@NotNull UUID> evidence,
            @Size(max = 4000) String notes) {
    }

    record IssueRefund(
            @Schema(description = "PAY-3: the customer's IBAN, for orders paid by bank transfer or cash on delivery", example = "TR330006100519786457841326")
            @Size(max = 40) String iban) {
    }

    record ShipReplacement(@NotBlank @Size(max = 100) String carrier, @Size(max = 60) String trackingNumber,
                           @Schema(description = "The new units' serial numbers, one per replaced watch") List<@NotBlank String> serialNumbers) {
    }

    record SendBack(@NotBlank @Size(max = 100) String carrier, @Size(max = 60) String trackingNumber) {
    }

    record Cancel(@Size(max = 2000) String reason) {
    }

    record Diagnosis(
            @Schema(description = "The cause found: MATERIAL, WORKMANSHIP, ASSEMBLY (covered, WAR-7) or an exclusion (EXC-1..EXC-8, WAR-9)")
            com.aftercare.policy.warranty.FaultCause cause,
            @Schema(description = "RET-5: nothing wrong was found with the unit") Boolean noFaultFound,
            @Schema(description = "RET-5: photos or videos (attachment ids) that show the customer why") List<@NotNull UUID> evidence,
            @Size(max = 4000) String notes) {
    }

    record Quote(@Schema(description = "The price of the paid repair of an excluded fault") @NotNull com.aftercare.orders.Money amount) {
    }

    record QuoteAnswer(@NotNull Boolean accepted) {
    }

    record RepairFinish(
            @Schema(description = "FIXED, or NOT_REPAIRABLE with the service's report attached (WAR-8 g)") @NotNull
            com.aftercare.cases.RepairOutcome outcome,
            @Size(max = 4000) String workDone) {
    }

    record Loaner(@Schema(description = "A unit of the loaner pool") @NotBlank String serialNumber) {
    }

    record UnusableConfirmation(@Schema(description = "WAR-8 (a)-(e): the faults make the unit continuously unusable") @NotNull Boolean confirmed) {
    }

    record RemedyChoice(@NotNull com.aftercare.cases.RemedyChoice choice,
                        @Schema(description = "DISCOUNT only: the agreed rate in percent, in proportion to the defect") java.math.BigDecimal discountRate) {
    }
}
