package com.aftercare.policy.returns;

import com.aftercare.policy.ProductCategory;
import java.util.Objects;

/** One order line the customer wants to return, by its line id. */
public record ReturnItem(String lineId, ProductCategory category) {

    public ReturnItem {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(category, "category");
    }
}
