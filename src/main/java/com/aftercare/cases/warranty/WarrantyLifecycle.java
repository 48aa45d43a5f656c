package com.aftercare.cases.warranty;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.CaseFile;
import static com.aftercare.cases.CaseAction.ANSWER_QUOTE;
import static com.aftercare.cases.CaseAction.ARRANGE_RETURN_SHIPMENT;
import static com.aftercare.cases.CaseAction.ATTACH;
import static com.aftercare.cases.CaseAction.CANCEL;
import static com.aftercare.cases.CaseAction.CHOOSE_REMEDY;
import static com.aftercare.cases.CaseAction.CONFIRM_UNUSABLE;
import static com.aftercare.cases.CaseAction.DIAGNOSE;
import static com.aftercare.cases.CaseAction.FINISH_REPAIR;
import static com.aftercare.cases.CaseAction.ISSUE_REFUND;
import static com.aftercare.cases.CaseAction.LEND_LOANER;
import static com.aftercare.cases.CaseAction.QUOTE;
import static com.aftercare.cases.CaseAction.RECORD_PICKUP;
import static com.aftercare.cases.CaseAction.RECORD_RECEIPT;
import static com.aftercare.cases.CaseAction.RETURN_LOANER;
import static com.aftercare.cases.CaseAction.SEND_BACK;
import static com.aftercare.cases.CaseAction.SHIP_REPLACEMENT;
import static com.aftercare.cases.CaseAction.START_REPAIR;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseStatus;
import com.aftercare.policy.returns.ShipmentDirection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a WARRANTY case allows: the unit's way to the service, the diagnosis (WAR-7, EXC-*),
 * a paid-repair quote for an excluded fault, the repair (WAR-4) with a loaner while it runs late
 * (WAR-5), and the customer's remedy when WAR-8 entitles them. Whether WAR-8 entitles the customer
 * is derived from the unit's history; these remedy steps are offered where they can apply and
 * checked against the ledger when taken.
 */
final class WarrantyLifecycle {

    private WarrantyLifecycle() {
    }

    public static Set<CaseAction> allowed(CaseFile file) {
        Set<CaseAction> actions = EnumSet.of(ATTACH);
        CaseFile.WarrantyFacts warranty = file.warranty();
        boolean lent = file.openLoan().isPresent();
        // WAR-5 lends while a free repair is owed: not for an excluded fault, nor once the unit is refused (no fault found).
        boolean repairOpen = warranty != null && warranty.repairFinishedAt() == null
                && !Boolean.FALSE.equals(warranty.covered()) && file.status() != CaseStatus.REFUSED;
        if (lent) {
            actions.add(RETURN_LOANER);
        } else if (repairOpen && !file.status().isClosed() && file.status() != CaseStatus.REJECTED) {
            actions.add(LEND_LOANER);
        }
        switch (file.status()) {
            case REQUESTED -> actions.addAll(Set.of(ARRANGE_RETURN_SHIPMENT, RECORD_RECEIPT, DIAGNOSE, CANCEL));
            case AWAITING_GOODS -> {
                actions.addAll(Set.of(RECORD_RECEIPT, CANCEL));
                if (file.shipments().stream().anyMatch(s -> s.direction() == ShipmentDirection.TO_STORE && s.pickedUpAt() == null)) {
                    actions.add(RECORD_PICKUP);
                }
            }
            case IN_TRANSIT -> actions.add(RECORD_RECEIPT);
            case RECEIVED -> actions.add(DIAGNOSE);
            case ACCEPTED -> {
                if (remedyChosen(file)) {
                    // WAR-8: the customer chose instead of a repair: carrying out the choice is what is left.
                    addRemedySteps(file, actions);
                } else {
                    actions.addAll(Set.of(START_REPAIR, CONFIRM_UNUSABLE, CHOOSE_REMEDY));
                }
            }
            case QUOTED -> actions.add(ANSWER_QUOTE);
            case REFUSED -> {
                actions.add(SEND_BACK);
                if (warranty != null && Boolean.FALSE.equals(warranty.covered()) && warranty.quote() == null) {
                    actions.add(QUOTE);
                }
            }
            case IN_REPAIR -> {
                // A choice made mid-repair waits for the repair to be closed, so that its days stop counting (WAR-3).
                actions.add(FINISH_REPAIR);
                if (!remedyChosen(file)) {
                    actions.addAll(Set.of(CONFIRM_UNUSABLE, CHOOSE_REMEDY));
                }
            }
            case REPAIRED, NOT_REPAIRABLE -> addRemedySteps(file, actions);
            case REFUNDED -> {
                // A discount leaves the unit the customer's: if it is at the store, it goes back (WAR-8).
                boolean atStore = file.receipt() != null || (warranty != null && warranty.repairStartedAt() != null);
                boolean sentBack = file.shipments().stream().anyMatch(s -> s.direction() == ShipmentDirection.TO_CUSTOMER);
                if (warranty != null && warranty.remedyChoice() == RemedyChoice.DISCOUNT && atStore && !sentBack) {
                    actions.add(SEND_BACK);
                }
            }
            default -> {
            }
        }
        return actions;
    }

    private static boolean remedyChosen(CaseFile file) {
        return file.warranty() != null && file.warranty().remedyChoice() != null;
    }

    /** After the repair: the remedy the customer chose is carried out; without one the unit goes back. */
    private static void addRemedySteps(CaseFile file, Set<CaseAction> actions) {
        RemedyChoice choice = file.warranty() == null ? null : file.warranty().remedyChoice();
        if (choice == null) {
            // Repaired, or not repairable with no remedy wanted (or none owed, as for a paid repair): the unit goes back.
            actions.addAll(Set.of(CONFIRM_UNUSABLE, CHOOSE_REMEDY, SEND_BACK));
            return;
        }
        actions.add(choice == RemedyChoice.REPLACEMENT ? SHIP_REPLACEMENT : ISSUE_REFUND);
    }
}
