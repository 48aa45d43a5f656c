package com.aftercare.cases;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One plausible event of each kind, for the listeners' tests (the mail writer, the webhooks). */
public final class SampleEvents {

    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final CaseEvent.ShipmentFacts SHIPMENT = new CaseEvent.ShipmentFacts(
            UUID.fromString("00000000-0000-0000-0000-00000000000a"), "Yurtiçi Kargo", Payer.STORE, "PU-ABCDEFGH", null);

    private SampleEvents() {
    }

    public static CaseEvent of(CaseEventKind kind) {
        return switch (kind) {
            case CASE_OPENED -> new CaseEvent.CaseOpened(Channel.WEB, AT, Remedy.REFUND, Outcome.ACCEPTED, Map.of());
            case RETURN_SHIPMENT_ARRANGED -> new CaseEvent.ReturnShipmentArranged(SHIPMENT);
            case PICKED_UP -> new CaseEvent.PickedUp(SHIPMENT.shipmentId(), SHIPMENT.carrier(), AT);
            case GOODS_RECEIVED -> new CaseEvent.GoodsReceived(AT, Packaging.INTACT, List.of());
            case DOCUMENTS_UPDATED -> new CaseEvent.DocumentsUpdated(List.of());
            case ITEM_INSPECTED -> new CaseEvent.ItemInspected("1", Outcome.ACCEPTED, false, false, false, false, false, List.of());
            case REFUND_ISSUED -> new CaseEvent.RefundIssued(Money.of("8999.90", "TRY"), RefundDestination.SAME_CARD,
                    LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 4), true);
            case REPLACEMENT_SHIPPED -> new CaseEvent.ReplacementShipped("Yurtiçi Kargo", List.of("SN-1"), null);
            case SENT_BACK -> new CaseEvent.SentBack(SHIPMENT);
            case CANCELLED -> new CaseEvent.Cancelled(null);
            case ATTACHMENT_ADDED -> new CaseEvent.AttachmentAdded(UUID.fromString("00000000-0000-0000-0000-00000000000b"), "PHOTO",
                    "box.jpg");
            case DAMAGE_REPORT_RECORDED -> new CaseEvent.DamageReportRecorded("HT-42", LocalDate.of(2026, 11, 20));
            case PHOTOS_REQUESTED -> new CaseEvent.PhotosRequested(1);
            case EXAMINED -> new CaseEvent.Examined(false, true, null);
            case INVESTIGATION_DECIDED -> new CaseEvent.InvestigationDecided(true, null);
            case INVOICE_RESENT -> new CaseEvent.InvoiceResent("INV-1001");
            case DIAGNOSED -> new CaseEvent.Diagnosed(FaultCause.MATERIAL, true, List.of(), null);
            case REPAIR_QUOTED -> new CaseEvent.RepairQuoted(Money.of("750.00", "TRY"));
            case QUOTE_ACCEPTED -> new CaseEvent.QuoteAnswered(true);
            case QUOTE_DECLINED -> new CaseEvent.QuoteAnswered(false);
            case REPAIR_STARTED -> new CaseEvent.RepairStarted(false);
            case REPAIR_FINISHED -> new CaseEvent.RepairFinished(RepairOutcome.NOT_REPAIRABLE, null, 12);
            case LOANER_DUE -> new CaseEvent.LoanerDue(AT);
            case LOANER_LENT -> new CaseEvent.LoanerLent("LOAN-1");
            case LOANER_RETURNED -> new CaseEvent.LoanerReturned("LOAN-1");
            case UNUSABLE_CONFIRMATION -> new CaseEvent.UnusableConfirmation(true);
            case REMEDY_CHOSEN -> new CaseEvent.RemedyChosen(RemedyChoice.DISCOUNT, new BigDecimal("15"));
            case REMEDY_ENTITLED -> new CaseEvent.RemedyEntitled("SN-1", Reason.of("nothing.such", "Not repairable."));
        };
    }
}
