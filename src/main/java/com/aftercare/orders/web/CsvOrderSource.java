package com.aftercare.orders.web;

import com.aftercare.orders.FieldError;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CSV import: one row per order LINE, the order's own fields repeated on each of its rows,
 * the rows of one order next to each other. Columns are named by their JSON path in the PUT body
 * ({@code customer.email}; {@code line.*} for the line's fields), in any order; a column may be
 * left out when the field is optional. Each order becomes the same document a PUT takes, so the
 * same reader and rules judge it. An order's own fields are taken from its first row.
 */
final class CsvOrderSource implements OrderSource {

    static final List<String> COLUMNS = List.of("orderNumber", "placedAt",
            "customer.email", "customer.name", "customer.phone", "customer.locale",
            "invoice.number", "invoice.type", "invoice.taxNumber", "invoice.companyName",
            "payment.method", "payment.cardProgram", "payment.installments", "payment.total.amount", "payment.total.currency",
            "line.lineId", "line.sku", "line.name", "line.category", "line.serialNumber", "line.waterproof",
            "line.unitPrice.amount", "line.unitPrice.currency", "line.quantity",
            "delivery.carrier", "delivery.deliveredAt", "delivery.signedBy", "delivery.remarks");
    private static final Set<String> WHOLE_NUMBERS = Set.of("payment.installments", "line.quantity");
    /** Several units on one line: their serial numbers in one cell, separated by '|'. */
    static final String SERIAL_SEPARATOR = "|";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The header row names unknown columns or lacks orderNumber: no row could be read right. */
    static final class BadHeader extends RuntimeException {
        final transient List<FieldError> errors;

        BadHeader(List<FieldError> errors) {
            super("bad CSV header");
            this.errors = errors;
        }
    }

    private final CsvRecords records;
    private final List<String> header;
    private CsvRecords.CsvRecord pending;
    /** A quoted field that never closes swallows the rest of the file: reported as the last, unreadable order. */
    private ImportItem unterminated;

    CsvOrderSource(BufferedReader reader) throws IOException {
        this.records = new CsvRecords(reader);
        CsvRecords.CsvRecord first = advance();
        if (unterminated != null) {
            throw new BadHeader(unterminated.parseErrors());
        }
        this.header = first == null ? List.of() : first.fields().stream().map(String::strip).toList();
        checkHeader();
        this.pending = advance();
    }

    private CsvRecords.CsvRecord advance() throws IOException {
        try {
            return records.next();
        } catch (CsvRecords.UnterminatedQuote broken) {
            unterminated = ImportItem.unreadable(broken.line, broken.getMessage() + "; the rest of the file could not be read");
            return null;
        }
    }

    private void checkHeader() {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!COLUMNS.contains(header.get(i))) {
                errors.add(new FieldError("header[" + i + "]", "unknown column '" + header.get(i) + "'; the columns are " + String.join(",", COLUMNS)));
            }
        }
        if (!header.contains("orderNumber")) {
            errors.add(new FieldError("header", "the first line must name the columns, orderNumber among them"));
        }
        if (!errors.isEmpty()) {
            throw new BadHeader(errors);
        }
    }

    @Override
    public ImportItem next() throws IOException {
        if (pending == null) {
            ImportItem last = unterminated;
            unterminated = null;
            return last;
        }
        CsvRecords.CsvRecord first = pending;
        ObjectNode order = orderFields(first);
        ArrayNode lines = order.putArray("lines");
        String number = cell(first, "orderNumber");
        do {
            lines.add(lineFields(pending));
            pending = advance();
        } while (pending != null && number != null && number.equals(cell(pending, "orderNumber")));
        return ImportItem.parsed(first.line(), order);
    }

    private ObjectNode orderFields(CsvRecords.CsvRecord row) {
        ObjectNode order = NODES.objectNode();
        for (String column : header) {
            if (!column.startsWith("line.")) {
                set(order, column, value(column, cell(row, column)));
            }
        }
        return order;
    }

    private ObjectNode lineFields(CsvRecords.CsvRecord row) {
        ObjectNode line = NODES.objectNode();
        for (String column : header) {
            if (!column.startsWith("line.")) {
                continue;
            }
            String cell = cell(row, column);
            if (column.equals("line.serialNumber") && cell != null && cell.contains(SERIAL_SEPARATOR)) {
                ArrayNode serials = line.putArray("serialNumbers");
                for (String serial : cell.split("\\" + SERIAL_SEPARATOR)) {
                    serials.add(serial.strip());
                }
            } else {
                set(line, column.substring("line.".length()), value(column, cell));
            }
        }
        return line;
    }

    private String cell(CsvRecords.CsvRecord row, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** Cells are text; the few numbers and booleans of the document become JSON numbers and booleans when they read as such. */
    private static JsonNode value(String column, String cell) {
        if (cell == null) {
            return null;
        }
        if (WHOLE_NUMBERS.contains(column) && cell.matches("-?\\d{1,9}")) {
            return NODES.numberNode(Integer.parseInt(cell));
        }
        if (column.equals("line.waterproof") && (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(cell.toLowerCase(Locale.ROOT)));
        }
        return NODES.stringNode(cell);
    }

    /** Sets a dotted path ("payment.total.amount"), creating the objects on the way; empty cells stay absent. */
    private static void set(ObjectNode target, String path, JsonNode value) {
        if (value == null) {
            return;
        }
        String[] parts = path.split("\\.");
        ObjectNode node = target;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }
}
