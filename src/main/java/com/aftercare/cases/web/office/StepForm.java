package com.aftercare.cases.web.office;

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

    /** The clauses each step applies (POLICY.md), and the fragment of its form. */
    static final Map<CaseAction, List<String>> CLAUSES = Map.ofEntries(
            Map.entry(CaseAction.ARRANGE_RETURN_SHIPMENT, List.of("GEN-5", "RET-5")),
            Map.entry(CaseAction.RECORD_PICKUP, List.of("GEN-5", "RET-2")),
            Map.entry(CaseAction.RECORD_RECEIPT, List.of("GEN-1", "GEN-2", "GEN-4", "DLV-2")),
            Map.entry(CaseAction.UPDATE_DOCUMENTS, List.of("GEN-4", "DLV-2")),
            Map.entry(CaseAction.INSPECT, List.of("RET-3", "RET-4", "GEN-3")),
            Map.entry(CaseAction.ISSUE_REFUND, List.of("RET-6", "PAY-3")),
            Map.entry(CaseAction.SHIP_REPLACEMENT, List.of("RET-1")),
            Map.entry(CaseAction.SEND_BACK, List.of("RET-5")),
            Map.entry(CaseAction.CANCEL, List.of("RET-2")));

    static boolean hasForm(CaseAction action) {
        return CLAUSES.containsKey(action);
    }

    /** The fragment name: ARRANGE_RETURN_SHIPMENT becomes arrange-return-shipment. */
    static String fragmentOf(CaseAction action) {
        return hasForm(action) ? action.name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
    }
}
