package com.aftercare.orders.web;

import com.aftercare.orders.Order;
import com.aftercare.orders.RecordOutcome;
import com.aftercare.orders.internal.OrderService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Streams an import file through the same reader and rules as the PUT: a batch of orders at a
 * time is stored (one transaction per batch; the service falls back to one by one when a batch
 * conflicts), so a file of any length needs memory for one batch and the listed errors only.
 */
@Component
class OrderImport {

    static final int BATCH_SIZE = 500;
    static final int MAX_LISTED_ERRORS = 1000;

    private final OrderService orders;

    OrderImport(OrderService orders) {
        this.orders = orders;
    }

    ImportReport run(OrderSource source) throws IOException {
        Tally tally = new Tally();
        List<Order> batch = new ArrayList<>();
        List<ImportItem> batchItems = new ArrayList<>();
        Set<String> batchNumbers = new HashSet<>();
        ImportItem item;
        while ((item = source.next()) != null) {
            tally.received++;
            OrderDocumentReader.Result read = item.document() == null ? null : OrderDocumentReader.read(item.document());
            if (read == null || !read.isValid()) {
                tally.reject(item, read == null ? item.parseErrors() : read.errors());
                continue;
            }
            // the same order twice in one file: the later line wins, as two PUTs in a row would
            String number = read.order().number().value();
            if (batchNumbers.contains(number) || batch.size() == BATCH_SIZE) {
                store(batch, batchItems, tally);
                batchNumbers.clear();
            }
            batchNumbers.add(number);
            batch.add(read.order());
            batchItems.add(item);
        }
        store(batch, batchItems, tally);
        return tally.report();
    }

    private void store(List<Order> batch, List<ImportItem> items, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<RecordOutcome> outcomes = orders.recordAll(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof RecordOutcome.Rejected rejected) {
                tally.reject(items.get(i), rejected.errors());
            } else {
                tally.stored++;
            }
        }
        batch.clear();
        items.clear();
    }

    private static final class Tally {
        long received;
        long stored;
        long rejected;
        final List<ImportReport.LineErrors> errors = new ArrayList<>();

        void reject(ImportItem item, List<com.aftercare.orders.FieldError> why) {
            rejected++;
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(new ImportReport.LineErrors(item.line(), item.orderNumber(), why));
            }
        }

        ImportReport report() {
            List<ImportReport.LineErrors> byLine = errors.stream()
                    .sorted(java.util.Comparator.comparingLong(ImportReport.LineErrors::line)).toList();
            return new ImportReport(received, stored, rejected, byLine, rejected > errors.size());
        }
    }
}
