package com.aftercare.cases.delivery;

import com.aftercare.cases.CaseType;

/** The clause each delivery-problem type stands on. */
final class DeliveryClauses {

    private DeliveryClauses() {
    }

    public static String of(CaseType type) {
        return switch (type) {
            case DAMAGED_ON_DELIVERY -> "DLV-3";
            case DEFECT_AFTER_DELIVERY -> "DLV-4";
            case MISSING_ITEM -> "DLV-5";
            case WRONG_ITEM -> "DLV-6";
            default -> throw new IllegalArgumentException(type + " is not a delivery problem");
        };
    }
}
