package com.aftercare.cases.core;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseId;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads whole cases, with the steps their state allows now. */
@Service
public class CaseReader {

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;

    CaseReader(CaseRepository cases, CaseLifecycle lifecycle) {
        this.cases = cases;
        this.lifecycle = lifecycle;
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> find(CaseId id) {
        return cases.load(id);
    }

    /** The steps offered now, as the case's family decides (for a warranty, WAR-8's steps as the unit's ledger warrants). */
    public Set<CaseAction> allowedActions(CaseFile file) {
        return lifecycle.offered(file);
    }
}
