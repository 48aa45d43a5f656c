package com.aftercare.orders.web;

import com.aftercare.orders.FieldError;
import com.aftercare.orders.internal.OrderRules;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Runs a document through what the API runs it through before the database: reading, then the rules. */
public final class OrderDocumentsForTests {

    private OrderDocumentsForTests() {
    }

    public static List<FieldError> validate(JsonNode document, OrderRules rules) {
        OrderDocumentReader.Result read = OrderDocumentReader.read(document);
        return read.isValid() ? rules.check(read.order()) : read.errors();
    }
}
