package com.aftercare.cases.internal;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads whole cases, with the steps their state allows now. */
@Service
public class CaseReader {

    private final CaseRepository cases;

    CaseReader(CaseRepository cases) {
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> find(CaseId id) {
        return cases.load(id);
    }

    public Set<CaseAction> allowedActions(CaseFile file) {
        return CaseLifecycle.allowed(file);
    }
}
