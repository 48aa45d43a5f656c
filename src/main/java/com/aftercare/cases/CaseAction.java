package com.aftercare.cases;

import com.aftercare.identity.Role;
import java.util.Set;

/** The steps of a case's life, each a sub-resource of the case, with the roles that may take it. */
public enum CaseAction {
    ARRANGE_RETURN_SHIPMENT(Role.AGENT),
    RECORD_PICKUP(Role.AGENT),
    RECORD_RECEIPT(Role.AGENT, Role.TECHNICIAN),
    UPDATE_DOCUMENTS(Role.AGENT, Role.TECHNICIAN),
    INSPECT(Role.TECHNICIAN),
    ATTACH(Role.AGENT, Role.TECHNICIAN),
    ISSUE_REFUND(Role.FINANCE),
    SHIP_REPLACEMENT(Role.AGENT),
    SEND_BACK(Role.AGENT),
    CANCEL(Role.AGENT),
    /** DLV-3: the carrier's damage report. */
    RECORD_DAMAGE_REPORT(Role.AGENT),
    /** DLV-4: ask the customer for photos (again: a reminder). */
    REQUEST_PHOTOS(Role.AGENT),
    /** DLV-4: the examination decides whether the customer caused the damage or defect. */
    EXAMINE(Role.TECHNICIAN),
    /** DLV-5, DLV-6: an agent's decision after an investigation. */
    DECIDE(Role.AGENT),
    /** DLV-1: the invoice that did not come with the goods was sent again. */
    RESEND_INVOICE(Role.AGENT),
    /** WAR-7, EXC-*: the technical service's diagnosis of a warranty fault. */
    DIAGNOSE(Role.TECHNICIAN),
    /** An excluded fault: a paid repair quoted, and the customer's answer. */
    QUOTE(Role.AGENT),
    ANSWER_QUOTE(Role.AGENT),
    START_REPAIR(Role.TECHNICIAN),
    FINISH_REPAIR(Role.TECHNICIAN),
    /** WAR-5: a unit lent while the repair runs late, and its return. */
    LEND_LOANER(Role.AGENT),
    RETURN_LOANER(Role.AGENT),
    /** WAR-8 (a)-(e): the agent confirms whether the faults make the unit continuously unusable. */
    CONFIRM_UNUSABLE(Role.AGENT),
    /** WAR-8: the customer's choice: a replacement, a refund or a discount. */
    CHOOSE_REMEDY(Role.AGENT);

    private final Set<Role> roles;

    CaseAction(Role... roles) {
        this.roles = Set.of(roles);
    }

    public Set<Role> roles() {
        return roles;
    }
}
