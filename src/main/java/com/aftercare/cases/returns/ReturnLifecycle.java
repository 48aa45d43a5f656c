package com.aftercare.cases.returns;

import com.aftercare.cases.CaseFile;
import static com.aftercare.cases.CaseAction.ARRANGE_RETURN_SHIPMENT;
import static com.aftercare.cases.CaseAction.ATTACH;
import static com.aftercare.cases.CaseAction.CANCEL;
import static com.aftercare.cases.CaseAction.INSPECT;
import static com.aftercare.cases.CaseAction.ISSUE_REFUND;
import static com.aftercare.cases.CaseAction.RECORD_PICKUP;
import static com.aftercare.cases.CaseAction.RECORD_RECEIPT;
import static com.aftercare.cases.CaseAction.SEND_BACK;
import static com.aftercare.cases.CaseAction.SHIP_REPLACEMENT;
import static com.aftercare.cases.CaseAction.UPDATE_DOCUMENTS;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.Remedy;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.returns.ShipmentDirection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a RETURN case allows in each state. The customer may cancel until the carrier has the
 * goods.
 */
final class ReturnLifecycle {

    private ReturnLifecycle() {
    }

    public static Set<CaseAction> allowed(CaseFile file) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        switch (file.status()) {
            case REQUESTED -> actions.addAll(Set.of(ARRANGE_RETURN_SHIPMENT, RECORD_RECEIPT, ATTACH, CANCEL));
            case AWAITING_GOODS -> {
                actions.addAll(Set.of(RECORD_RECEIPT, ATTACH, CANCEL));
                if (hasUncollectedShipment(file)) {
                    actions.add(RECORD_PICKUP);
                }
            }
            case IN_TRANSIT -> actions.addAll(Set.of(RECORD_RECEIPT, ATTACH));
            case RECEIVED -> {
                actions.add(ATTACH);
                if (file.receipt() != null && file.receipt().verdict().is(Outcome.PENDING)) {
                    actions.add(UPDATE_DOCUMENTS);
                }
                if (file.items().stream().anyMatch(item -> file.inspectionOf(item.position()).isEmpty())) {
                    actions.add(INSPECT);
                }
            }
            case ACCEPTED -> {
                actions.add(ATTACH);
                actions.add(file.remedy() == Remedy.REPLACEMENT ? SHIP_REPLACEMENT : ISSUE_REFUND);
                addSendBackIfOwed(file, actions);
            }
            case REFUSED -> actions.addAll(Set.of(SEND_BACK, ATTACH));
            case REFUNDED, REPLACED -> {
                actions.add(ATTACH);
                addSendBackIfOwed(file, actions);
            }
            case REJECTED, SENT_BACK, CANCELLED, AWAITING_PHOTOS -> actions.add(ATTACH);
        }
        return actions;
    }

    private static boolean hasUncollectedShipment(CaseFile file) {
        return file.shipments().stream().anyMatch(s -> s.direction() == ShipmentDirection.TO_STORE && s.pickedUpAt() == null);
    }

    /**
     * Items refused at inspection still go back to the customer; items refused when the case was
     * opened (a charger) were never to be sent, so nothing is owed for them.
     */
    private static void addSendBackIfOwed(CaseFile file, Set<CaseAction> actions) {
        boolean refusedItems = file.inspections().stream().anyMatch(inspection -> inspection.verdict().is(Outcome.REJECTED));
        boolean sentBack = file.shipments().stream().anyMatch(s -> s.direction() == ShipmentDirection.TO_CUSTOMER);
        if (refusedItems && !sentBack) {
            actions.add(SEND_BACK);
        }
    }
}
