package com.aftercare.orders.web;

import com.aftercare.orders.Customer;
import com.aftercare.orders.Delivery;
import com.aftercare.orders.FieldError;
import com.aftercare.orders.Invoice;
import com.aftercare.orders.InvoiceType;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Payment;
import com.aftercare.orders.PaymentMethod;
import com.aftercare.orders.SerialNumber;
import com.aftercare.policy.ProductCategory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns an order document (the PUT body, one NDJSON line, the rows of one order in a CSV file)
 * into an {@link Order}, or names every field that is missing, of the wrong type or badly formed.
 * The business rules that span fields (PAY-1, PAY-2, totals, delivery dates, serial numbers) are
 * {@code OrderRules}'; they run after this.
 */
final class OrderDocumentReader {

    static final int MAX_LINES = 1000;
    static final int MAX_QUANTITY = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CARD_PROGRAM = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    private static final Set<String> LOCALES = Set.of("en", "tr");

    /** The order, or the reasons it could not be read. Exactly one of the two is present. */
    record Result(Order order, List<FieldError> errors) {
        boolean isValid() {
            return order != null;
        }
    }

    private OrderDocumentReader() {
    }

    static Result read(JsonNode document) {
        DocumentFields fields = new DocumentFields();
        if (document == null || !document.isObject()) {
            fields.reject("$", "an order is a JSON object");
            return new Result(null, fields.errors());
        }
        String number = fields.text(document, "orderNumber", "", true, 40);
        if (number != null && !OrderNumber.isWellFormed(number)) {
            fields.reject("orderNumber", "'" + number + "' is not 1 to 40 letters, digits, '-' or '_'");
        }
        OffsetDateTime placedAt = fields.moment(document, "placedAt", "", true);
        Customer customer = customer(fields, document);
        Invoice invoice = invoice(fields, document);
        Payment payment = payment(fields, document);
        List<OrderLine> lines = lines(fields, document);
        Delivery delivery = delivery(fields, document);
        if (fields.hasErrors()) {
            return new Result(null, fields.errors());
        }
        return new Result(new Order(new OrderNumber(number), placedAt, customer, invoice, payment, lines, delivery), List.of());
    }

    private static Customer customer(DocumentFields fields, JsonNode document) {
        JsonNode node = fields.object(document, "customer", "", true);
        if (node == null) {
            return null;
        }
        String email = fields.text(node, "email", "customer", true, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            fields.reject("customer.email", "'" + email + "' is not an e-mail address");
        }
        String name = fields.text(node, "name", "customer", true, 200);
        String phone = fields.text(node, "phone", "customer", false, 40);
        String locale = fields.text(node, "locale", "customer", true, 2);
        if (locale != null && !LOCALES.contains(locale)) {
            fields.reject("customer.locale", "'" + locale + "' is not one of en, tr");
        }
        return new Customer(email, name, phone, locale);
    }

    private static Invoice invoice(DocumentFields fields, JsonNode document) {
        JsonNode node = fields.object(document, "invoice", "", true);
        if (node == null) {
            return null;
        }
        String number = fields.text(node, "number", "invoice", true, 60);
        InvoiceType type = fields.oneOf(InvoiceType.class, node, "type", "invoice", true);
        String taxNumber = fields.text(node, "taxNumber", "invoice", false, 11);
        String companyName = fields.text(node, "companyName", "invoice", false, 200);
        return new Invoice(number, type, taxNumber, companyName);
    }

    private static Payment payment(DocumentFields fields, JsonNode document) {
        JsonNode node = fields.object(document, "payment", "", true);
        if (node == null) {
            return null;
        }
        PaymentMethod method = fields.oneOf(PaymentMethod.class, node, "method", "payment", true);
        String cardProgram = fields.text(node, "cardProgram", "payment", false, 30);
        if (cardProgram != null && !CARD_PROGRAM.matcher(cardProgram).matches()) {
            fields.reject("payment.cardProgram", "'" + cardProgram + "' is not a card program name (letters, digits, '-' or '_')");
        }
        // a single payment when the shop does not say otherwise
        Integer installments = fields.integer(node, "installments", "payment", false);
        Money total = fields.money(node, "total", "payment");
        return new Payment(method, cardProgram == null ? null : cardProgram.toUpperCase(Locale.ROOT),
                installments == null ? 1 : installments, total);
    }

    private static List<OrderLine> lines(DocumentFields fields, JsonNode document) {
        JsonNode node = document.get("lines");
        if (node == null || node.isNull() || node.isMissingNode() || node.isArray() && node.isEmpty()) {
            fields.reject("lines", "an order has at least one line");
            return List.of();
        }
        if (!node.isArray()) {
            fields.reject("lines", "must be an array of lines");
            return List.of();
        }
        if (node.size() > MAX_LINES) {
            fields.reject("lines", "has " + node.size() + " lines; at most " + MAX_LINES + " per order");
            return List.of();
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            lines.add(line(fields, node.get(i), "lines[" + i + "]"));
        }
        return lines;
    }

    private static OrderLine line(DocumentFields fields, JsonNode node, String path) {
        if (!node.isObject()) {
            fields.reject(path, "must be an object");
            return null;
        }
        String lineId = fields.text(node, "lineId", path, true, 40);
        String sku = fields.text(node, "sku", path, true, 64);
        String name = fields.text(node, "name", path, true, 200);
        ProductCategory category = fields.oneOf(ProductCategory.class, node, "category", path, true);
        // EXC-8 excludes water damage only for a watch that is not waterproof: a watch's line must say which
        boolean watch = category != null && category.isWatch();
        Boolean waterproof = fields.bool(node, "waterproof", path, watch, " for a " + category + " (EXC-8 depends on it)");
        Money unitPrice = fields.money(node, "unitPrice", path);
        Integer quantity = fields.integer(node, "quantity", path, true);
        if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
            fields.reject(DocumentFields.path(path, "quantity"), "must be between 1 and " + MAX_QUANTITY);
        }
        List<SerialNumber> serials = serialNumbers(fields, node, path);
        if (fields.hasErrors()) {
            return null;
        }
        return new OrderLine(lineId, sku, name, category, Boolean.TRUE.equals(waterproof), unitPrice, quantity, serials);
    }

    /** {@code serialNumber} for a line of one unit, or {@code serialNumbers} (one per unit) for more. */
    private static List<SerialNumber> serialNumbers(DocumentFields fields, JsonNode line, String path) {
        JsonNode many = line.get("serialNumbers");
        boolean hasMany = many != null && !many.isNull() && !many.isMissingNode();
        String single = fields.text(line, "serialNumber", path, false, 64);
        if (hasMany && single != null && sameSingleSerial(many, single)) {
            hasMany = false; // a GET answer sent back as it is: serialNumber and its one-element serialNumbers
        }
        if (hasMany && single != null) {
            fields.reject(DocumentFields.path(path, "serialNumber"), "send serialNumber (one unit) or serialNumbers (one per unit), not both");
            return List.of();
        }
        List<SerialNumber> serials = new ArrayList<>();
        if (single != null) {
            serial(fields, single, DocumentFields.path(path, "serialNumber"), serials);
        } else if (hasMany && !many.isArray()) {
            fields.reject(DocumentFields.path(path, "serialNumbers"), "must be an array of serial numbers");
        } else if (hasMany) {
            for (int k = 0; k < many.size(); k++) {
                String field = DocumentFields.path(path, "serialNumbers[" + k + "]");
                if (!many.get(k).isString()) {
                    fields.reject(field, "must be a string");
                } else {
                    serial(fields, many.get(k).stringValue().strip(), field, serials);
                }
            }
        }
        return serials;
    }

    private static boolean sameSingleSerial(JsonNode many, String single) {
        return many.isArray() && many.size() == 1 && many.get(0).isString() && many.get(0).stringValue().strip().equals(single);
    }

    private static void serial(DocumentFields fields, String value, String field, List<SerialNumber> serials) {
        if (SerialNumber.isWellFormed(value)) {
            serials.add(new SerialNumber(value));
        } else {
            fields.reject(field, "'" + value + "' is not a serial number (1 to 64 letters, digits, '.', '_', '/' or '-')");
        }
    }

    private static Delivery delivery(DocumentFields fields, JsonNode document) {
        JsonNode node = fields.object(document, "delivery", "", false);
        if (node == null) {
            return null;
        }
        String carrier = fields.text(node, "carrier", "delivery", true, 100);
        OffsetDateTime deliveredAt = fields.moment(node, "deliveredAt", "delivery", true);
        String signedBy = fields.text(node, "signedBy", "delivery", false, 200);
        String remarks = fields.text(node, "remarks", "delivery", false, 2000);
        return new Delivery(carrier, deliveredAt, signedBy, remarks);
    }
}
