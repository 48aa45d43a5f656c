package com.aftercare.orders.web;

import com.aftercare.orders.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What an import did: counts, and per refused order its line and why. */
@Schema(name = "OrderImportReport")
record ImportReport(
        @Schema(description = "orders found in the file") long received,
        @Schema(description = "orders created, replaced, or already stored as sent") long stored,
        @Schema(description = "orders refused; each is listed in errors, up to the first " + OrderImport.MAX_LISTED_ERRORS) long rejected,
        List<LineErrors> errors,
        @Schema(description = "true when more orders were refused than errors lists") boolean errorsTruncated) {

    @Schema(name = "OrderImportLineErrors")
    record LineErrors(
            @Schema(description = "the line the order starts on, 1-based; a CSV header is line 1") long line,
            @Schema(nullable = true, description = "the order number the line gives, if any") String orderNumber,
            @Schema(description = "field paths as in the PUT body; in CSV lines[i] is the order's i-th row (0-based)") List<FieldError> errors) {
    }
}
