package com.aftercare.orders.web;

import com.aftercare.orders.FieldError;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One order of an import file, with the line it starts on as the client counts lines (1-based;
 * a CSV header is line 1). Either a document to read, or why the line could not even be parsed.
 */
record ImportItem(long line, JsonNode document, List<FieldError> parseErrors) {

    static ImportItem parsed(long line, JsonNode document) {
        return new ImportItem(line, document, List.of());
    }

    static ImportItem unreadable(long line, String message) {
        return new ImportItem(line, null, List.of(new FieldError("$", message)));
    }

    /** The order number as the file gives it, to help the client find the line; null when there is none. */
    String orderNumber() {
        if (document == null || !document.isObject()) {
            return null;
        }
        JsonNode number = document.get("orderNumber");
        return number != null && number.isString() ? number.stringValue() : null;
    }
}
