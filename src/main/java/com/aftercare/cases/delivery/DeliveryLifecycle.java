package com.aftercare.cases.delivery;

import com.aftercare.cases.CaseFile;
import static com.aftercare.cases.CaseAction.ARRANGE_RETURN_SHIPMENT;
import static com.aftercare.cases.CaseAction.ATTACH;
import static com.aftercare.cases.CaseAction.CANCEL;
import static com.aftercare.cases.CaseAction.DECIDE;
import static com.aftercare.cases.CaseAction.EXAMINE;
import static com.aftercare.cases.CaseAction.ISSUE_REFUND;
import static com.aftercare.cases.CaseAction.RECORD_DAMAGE_REPORT;
import static com.aftercare.cases.CaseAction.RECORD_PICKUP;
import static com.aftercare.cases.CaseAction.RECORD_RECEIPT;
import static com.aftercare.cases.CaseAction.REQUEST_PHOTOS;
import static com.aftercare.cases.CaseAction.RESEND_INVOICE;
import static com.aftercare.cases.CaseAction.SHIP_REPLACEMENT;
import static com.aftercare.cases.CaseAction.UPDATE_DOCUMENTS;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Remedy;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.returns.ShipmentDirection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps the four delivery-problem cases allow (DLV-1..DLV-6). They share the return's steps
 * (a shipment back, receipt, refund, replacement) and add their own: the carrier's damage report
 * (DLV-3), photos and the examination (DLV-4), an agent's decision after an investigation (DLV-5,
 * DLV-6), and the invoice sent again (DLV-1).
 */
final class DeliveryLifecycle {

    private DeliveryLifecycle() {
    }

    public static Set<CaseAction> allowed(CaseFile file) {
        Set<CaseAction> actions = EnumSet.of(ATTACH);
        CaseFile.DeliveryFacts delivery = file.delivery();
        if (delivery != null && !delivery.invoiceReceived() && delivery.invoiceResentAt() == null && !file.status().isClosed()) {
            actions.add(RESEND_INVOICE);
        }
        switch (file.status()) {
            case REQUESTED -> {
                actions.add(CANCEL);
                actions.add(file.type() == CaseType.DAMAGED_ON_DELIVERY ? RECORD_DAMAGE_REPORT : DECIDE);
            }
            case AWAITING_PHOTOS -> actions.addAll(Set.of(REQUEST_PHOTOS, EXAMINE, CANCEL));
            case ACCEPTED -> {
                if (file.type() == CaseType.DEFECT_AFTER_DELIVERY) {
                    actions.addAll(Set.of(ARRANGE_RETURN_SHIPMENT, RECORD_RECEIPT));
                } else {
                    actions.add(file.remedy() == Remedy.REFUND ? ISSUE_REFUND : SHIP_REPLACEMENT);
                    addWrongItemWayBack(file, actions);
                }
            }
            case AWAITING_GOODS, IN_TRANSIT -> {
                actions.add(RECORD_RECEIPT);
                if (uncollected(file)) {
                    actions.add(RECORD_PICKUP);
                }
            }
            case RECEIVED -> actions.add(papersComplete(file) ? SHIP_REPLACEMENT : UPDATE_DOCUMENTS);
            case REPLACED, REFUNDED -> addWrongItemWayBack(file, actions);
            default -> {
            }
        }
        return actions;
    }

    /** DLV-4: the unit travels back before its one-to-one replacement; a wrong item kept at the door comes back too (DLV-6). */
    static boolean needsUnitBack(CaseFile file) {
        return switch (file.type()) {
            case DEFECT_AFTER_DELIVERY -> true;
            case WRONG_ITEM -> file.delivery() == null || !file.delivery().refusedAtDoor();
            default -> false;
        };
    }

    /** Whether a step on the way back moves the case (a defect's replacement waits for the unit; a wrong item's does not). */
    public static boolean wayBackMovesStatus(CaseFile file) {
        return file.type() == CaseType.DEFECT_AFTER_DELIVERY;
    }

    /** A wrong item's way back runs beside its replacement: arranged, collected and received in any order. */
    private static void addWrongItemWayBack(CaseFile file, Set<CaseAction> actions) {
        if (file.type() != CaseType.WRONG_ITEM || !needsUnitBack(file)) {
            return;
        }
        boolean arranged = file.shipments().stream().anyMatch(s -> s.direction() == ShipmentDirection.TO_STORE);
        if (!arranged) {
            actions.add(ARRANGE_RETURN_SHIPMENT);
        }
        if (uncollected(file)) {
            actions.add(RECORD_PICKUP);
        }
        if (file.receipt() == null) {
            actions.add(RECORD_RECEIPT);
        }
    }

    private static boolean uncollected(CaseFile file) {
        return file.shipments().stream().anyMatch(s -> s.direction() == ShipmentDirection.TO_STORE && s.pickedUpAt() == null);
    }

    private static boolean papersComplete(CaseFile file) {
        return file.receipt() != null && !file.receipt().verdict().is(Outcome.PENDING);
    }
}
