package com.aftercare.orders;

import com.aftercare.policy.ProductCategory;
import java.util.List;

/**
 * One line of an order.
 *
 * @param waterproof EXC-8 excludes water damage only for a watch that is not waterproof
 * @param serialNumbers the units of this line, one per unit when known (a delivered watch always has them)
 */
public record OrderLine(String lineId, String sku, String name, ProductCategory category, boolean waterproof,
                        Money unitPrice, int quantity, List<SerialNumber> serialNumbers) {

    public OrderLine {
        serialNumbers = List.copyOf(serialNumbers);
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
