package com.aftercare.cases.core;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseAction;
import com.aftercare.platform.web.ConflictException;
import java.util.Set;
import org.springframework.stereotype.Component;
import java.util.stream.Collectors;

/**
 * The steps a case allows now, by its type's lifecycle: one place that decides both the API's
 * 409s and the buttons a page shows.
 */
@Component
class CaseLifecycle {

    private final CaseFamilies families;

    CaseLifecycle(CaseFamilies families) {
        this.families = families;
    }

    /** What the case's state allows now, by its family's lifecycle. */
    public Set<CaseAction> allowed(CaseFile file) {
        return families.of(file.type()).allowed(file);
    }

    /** What a person is offered now: the state's steps, less what the family's wider facts rule out. */
    public Set<CaseAction> offered(CaseFile file) {
        return families.of(file.type()).offered(file);
    }

    /** A 409 that says what the case's state allows instead. */
    void require(CaseFile file, CaseAction action) {
        Set<CaseAction> allowed = allowed(file);
        if (!allowed.contains(action)) {
            throw new ConflictException("Case " + file.reference() + " is " + file.status() + ": " + action
                    + " is not allowed now. Allowed now: " + describe(allowed) + ".");
        }
    }

    /**
     * A 409 for a step the state allows, but not for this item or shipment: why, then the case's
     * status and the steps allowed now, like {@link #require}.
     */
    public ConflictException conflict(CaseFile file, String why) {
        return new ConflictException(why + " Case " + file.reference() + " is " + file.status() + ". Allowed now: "
                + describe(allowed(file)) + ".");
    }

    private static String describe(Set<CaseAction> allowed) {
        return allowed.isEmpty() ? "nothing" : allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
