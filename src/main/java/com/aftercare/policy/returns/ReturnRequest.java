package com.aftercare.policy.returns;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The facts of a return request as it is opened (RET-1, RET-2).
 *
 * @param deliveredAt when the goods were delivered; {@code null} while they have not been
 * @param requestedAt when the customer asked
 * @param invoiceType who the goods were invoiced to (DLV-2)
 * @param items the lines to return; at least one, each line once
 */
public record ReturnRequest(Instant deliveredAt, Instant requestedAt, InvoiceType invoiceType, List<ReturnItem> items) {

    public ReturnRequest {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(invoiceType, "invoiceType");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a return names at least one item");
        }
        var seen = new HashSet<String>();
        for (ReturnItem item : items) {
            if (!seen.add(item.lineId())) {
                throw new IllegalArgumentException("line " + item.lineId() + " is named twice in one return");
            }
        }
    }
}
