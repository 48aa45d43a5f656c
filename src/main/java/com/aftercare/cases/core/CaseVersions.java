package com.aftercare.cases.core;

import com.aftercare.cases.CaseId;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.platform.web.Problems;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * {@code If-Match} on a step: the version the caller saw is checked and the step is taken in one
 * transaction, with the case's row locked between the two, so that nobody can change the case after
 * the check and before the step (two agents sending the same ETag never both win).
 */
@Service
public class CaseVersions {

    private final CaseRepository cases;

    CaseVersions(CaseRepository cases) {
        this.cases = cases;
    }

    /**
     * Runs {@code step} only if the case is still at the version of {@code ifMatch} (an ETag such as
     * {@code "3"} or {@code W/"3"}); otherwise a 412 that says the case changed.
     */
    @Transactional
    public <T> T atVersion(CaseId id, String ifMatch, Supplier<T> step) {
        CaseRepository.LockedVersion current = cases.lockVersion(id)
                .orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
        if (!ifMatch.replace("W/", "").replace("\"", "").trim().equals(Integer.toString(current.version()))) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, Problems.of(HttpStatus.PRECONDITION_FAILED,
                    "stale-case", "Case changed", "Case " + current.reference() + " is at version " + current.version()
                            + ", not " + ifMatch + ": someone changed it since you loaded it. Reload it and decide again."), null);
        }
        return step.get();
    }
}
