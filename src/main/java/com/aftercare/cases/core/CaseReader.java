package com.aftercare.cases.core;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.warranty.UnitLedger;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads whole cases, with the steps their state allows now. */
@Service
public class CaseReader {

    private final CaseRepository cases;
    private final UnitLedger ledger;

    CaseReader(CaseRepository cases, UnitLedger ledger) {
        this.cases = cases;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> find(CaseId id) {
        return cases.load(id);
    }

    /**
     * The steps the case's state allows now. For a warranty, WAR-8's remedy steps are offered only
     * as the unit's ledger warrants: a confirmation while (a)-(e) wait for one, a remedy once entitled.
     */
    public Set<CaseAction> allowedActions(CaseFile file) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        allowed.addAll(CaseLifecycle.allowed(file));
        if (file.warranty() != null && (allowed.contains(CaseAction.CHOOSE_REMEDY) || allowed.contains(CaseAction.CONFIRM_UNUSABLE))) {
            var entitlement = ledger.of(file.warranty().serialNumber()).map(UnitLedger.UnitWarranty::entitlement);
            if (entitlement.map(e -> !e.entitled()).orElse(true)) {
                allowed.remove(CaseAction.CHOOSE_REMEDY);
            }
            if (entitlement.map(e -> !e.pendingConfirmation()).orElse(true)) {
                allowed.remove(CaseAction.CONFIRM_UNUSABLE);
            }
        }
        return allowed;
    }
}
