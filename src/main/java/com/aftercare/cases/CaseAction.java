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
    CANCEL(Role.AGENT);

    private final Set<Role> roles;

    CaseAction(Role... roles) {
        this.roles = Set.of(roles);
    }

    public Set<Role> roles() {
        return roles;
    }
}
