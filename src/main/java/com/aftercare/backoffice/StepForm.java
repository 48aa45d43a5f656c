package com.aftercare.backoffice;

import com.aftercare.cases.CaseAction;
import com.aftercare.policy.CitedClause;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A step offered on the case page: its form's fragment, where it posts, and the clauses it
 * applies with their texts, so the person taking it sees the rule behind it.
 *
 * @param form the fragment in {@code office/steps.html}, or null for a step the pages do not
 *             offer yet (it is listed as "through the API")
 */
record StepForm(CaseAction action, String form, List<CitedClause> clauses) {

    /** The clauses each step applies (the policy book), and the fragment of its form. */
    static final Map<CaseAction, List<String>> CLAUSES = Map.ofEntries(
            Map.entry(CaseAction.ARRANGE_RETURN_SHIPMENT, List.of("GEN-5", "RET-5")),
            Map.entry(CaseAction.RECORD_PICKUP, List.of("GEN-5", "RET-2")),
            Map.entry(CaseAction.RECORD_RECEIPT, List.of("GEN-1", "GEN-2", "GEN-4", "DLV-2")),
            Map.entry(CaseAction.UPDATE_DOCUMENTS, List.of("GEN-4", "DLV-2")),
            Map.entry(CaseAction.INSPECT, List.of("RET-3", "RET-4", "GEN-3")),
            Map.entry(CaseAction.ISSUE_REFUND, List.of("RET-6", "PAY-3")),
            Map.entry(CaseAction.SHIP_REPLACEMENT, List.of("RET-1")),
            Map.entry(CaseAction.SEND_BACK, List.of("RET-5")),
            Map.entry(CaseAction.CANCEL, List.of("RET-2")),
            Map.entry(CaseAction.ATTACH, List.of("DLV-4", "RET-5")),
            Map.entry(CaseAction.RECORD_DAMAGE_REPORT, List.of("DLV-3")),
            Map.entry(CaseAction.REQUEST_PHOTOS, List.of("DLV-4")),
            Map.entry(CaseAction.EXAMINE, List.of("DLV-4", "GEN-4")),
            Map.entry(CaseAction.DECIDE, List.of("DLV-5", "DLV-6")),
            Map.entry(CaseAction.RESEND_INVOICE, List.of("DLV-1")),
            Map.entry(CaseAction.DIAGNOSE, List.of("WAR-7", "WAR-9", "RET-5")),
            Map.entry(CaseAction.QUOTE, List.of("WAR-7", "WAR-9")),
            Map.entry(CaseAction.ANSWER_QUOTE, List.of("WAR-9")),
            Map.entry(CaseAction.START_REPAIR, List.of("WAR-3", "WAR-4")),
            Map.entry(CaseAction.FINISH_REPAIR, List.of("WAR-4", "WAR-8")),
            Map.entry(CaseAction.LEND_LOANER, List.of("WAR-5")),
            Map.entry(CaseAction.RETURN_LOANER, List.of("WAR-5")),
            Map.entry(CaseAction.CONFIRM_UNUSABLE, List.of("WAR-8")),
            Map.entry(CaseAction.CHOOSE_REMEDY, List.of("WAR-8", "PAY-3")));

    static boolean hasForm(CaseAction action) {
        return CLAUSES.containsKey(action);
    }

    /** The fragment name: ARRANGE_RETURN_SHIPMENT becomes arrange-return-shipment. */
    static String fragmentOf(CaseAction action) {
        return hasForm(action) ? action.name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
    }
}
