package com.aftercare.cases.core;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.delivery.DeliveryLifecycle;
import com.aftercare.cases.returns.ReturnLifecycle;
import com.aftercare.cases.warranty.WarrantyLifecycle;
import com.aftercare.cases.CaseAction;
import com.aftercare.platform.web.ConflictException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps a case allows now, by its type's lifecycle: one place that decides both the API's
 * 409s and the buttons a page shows.
 */
public final class CaseLifecycle {

    private CaseLifecycle() {
    }

    public static Set<CaseAction> allowed(CaseFile file) {
        return switch (file.type()) {
            case RETURN -> ReturnLifecycle.allowed(file);
            case DAMAGED_ON_DELIVERY, DEFECT_AFTER_DELIVERY, MISSING_ITEM, WRONG_ITEM -> DeliveryLifecycle.allowed(file);
            case WARRANTY -> WarrantyLifecycle.allowed(file);
        };
    }

    /** A 409 that says what the case's state allows instead. */
    static void require(CaseFile file, CaseAction action) {
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
    public static ConflictException conflict(CaseFile file, String why) {
        return new ConflictException(why + " Case " + file.reference() + " is " + file.status() + ". Allowed now: "
                + describe(allowed(file)) + ".");
    }

    private static String describe(Set<CaseAction> allowed) {
        return allowed.isEmpty() ? "nothing" : allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
