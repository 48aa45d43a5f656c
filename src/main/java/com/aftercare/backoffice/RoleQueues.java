package com.aftercare.backoffice;

import static com.aftercare.cases.CaseStatus.ACCEPTED;
import static com.aftercare.cases.CaseStatus.AWAITING_PHOTOS;
import static com.aftercare.cases.CaseStatus.IN_REPAIR;
import static com.aftercare.cases.CaseStatus.RECEIVED;
import static com.aftercare.cases.CaseStatus.REQUESTED;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseStatus;
import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whose work a case is. The queue narrows by status, where the role usually holds the next step
 * (the technical service: goods received, repairs, examinations; finance: accepted returns to
 * refund); customer services and admins see every open case. The case page then offers exactly
 * the steps the case's state allows for the role.
 */
final class RoleQueues {

    private static final Set<CaseStatus> TECHNICIAN = EnumSet.of(REQUESTED, AWAITING_PHOTOS, RECEIVED, ACCEPTED, IN_REPAIR);
    private static final Set<CaseStatus> FINANCE = EnumSet.of(ACCEPTED);

    private RoleQueues() {
    }

    /** The open statuses of the caller's queue; empty means all of them. */
    static Set<CaseStatus> statusesFor(Caller caller) {
        if (caller.has(Role.AGENT) || caller.has(Role.ADMIN)) {
            return Set.of();
        }
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        if (caller.has(Role.TECHNICIAN)) {
            statuses.addAll(TECHNICIAN);
        }
        if (caller.has(Role.FINANCE)) {
            statuses.addAll(FINANCE);
        }
        return statuses;
    }

    static boolean mayTake(Caller caller, CaseAction action) {
        return action.roles().stream().anyMatch(caller::has);
    }
}
