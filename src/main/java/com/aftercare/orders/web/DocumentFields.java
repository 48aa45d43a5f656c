package com.aftercare.orders.web;

import com.aftercare.orders.FieldError;
import com.aftercare.orders.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON document one by one, collecting every problem with the path of its
 * field instead of stopping at the first: the shop fixes all of them in one go.
 */
final class DocumentFields {

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void reject(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** The object at {@code name}, or null (with an error when required or not an object). */
    JsonNode object(JsonNode parent, String name, String parentPath, boolean required) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (absent(node)) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            reject(path, "must be an object");
            return null;
        }
        return node;
    }

    /** A string of at most {@code maxLength} characters, trimmed; blank counts as absent. */
    String text(JsonNode parent, String name, String parentPath, boolean required, int maxLength) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (absent(node) || node.isString() && node.stringValue().isBlank()) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (!node.isString()) {
            reject(path, "must be a string");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.length() > maxLength) {
            reject(path, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    Integer integer(JsonNode parent, String name, String parentPath, boolean required) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (absent(node)) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            reject(path, "must be a whole number");
            return null;
        }
        return node.intValue();
    }

    Boolean bool(JsonNode parent, String name, String parentPath, boolean required, String whyRequired) {
        JsonNode node = parent.get(name);
        String path = path(parentPath, name);
        if (absent(node)) {
            if (required) {
                reject(path, "is required" + whyRequired);
            }
            return null;
        }
        if (!node.isBoolean()) {
            reject(path, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    <E extends Enum<E>> E oneOf(Class<E> type, JsonNode parent, String name, String parentPath, boolean required) {
        String value = text(parent, name, parentPath, required, 40);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            reject(path(parentPath, name), "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    OffsetDateTime moment(JsonNode parent, String name, String parentPath, boolean required) {
        String value = text(parent, name, parentPath, required, 64);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notAMoment) {
            reject(path(parentPath, name), "must be a moment with its offset, e.g. 2026-03-10T14:05:00+03:00");
            return null;
        }
    }

    /** {@code {"amount": "1499.90", "currency": "TRY"}}: the amount a decimal string, never a JSON number (rounding). */
    Money money(JsonNode parent, String name, String parentPath) {
        JsonNode node = object(parent, name, parentPath, true);
        if (node == null) {
            return null;
        }
        String path = path(parentPath, name);
        BigDecimal amount = amount(node.get("amount"), path(path, "amount"));
        String currency = text(node, "currency", path, true, 3);
        if (currency != null && !Money.isIsoCurrency(currency)) {
            reject(path(path, "currency"), "'" + currency + "' is not a 3-letter ISO 4217 currency code such as TRY");
            currency = null;
        }
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    private BigDecimal amount(JsonNode node, String path) {
        if (absent(node) || node.isString() && node.stringValue().isBlank()) {
            reject(path, "is required");
            return null;
        }
        if (node.isNumber()) {
            reject(path, "must be a decimal string such as \"1499.90\", not the JSON number " + node
                    + ": a number may be rounded on the way; send \"" + asExample(node) + "\"");
            return null;
        }
        if (!node.isString()) {
            reject(path, "must be a decimal string such as \"1499.90\"");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.startsWith("-")) {
            reject(path, "must not be negative");
        } else if (value.matches("\\d+\\.\\d{3,}")) {
            reject(path, "has more than 2 decimals; amounts are to the kuruş, e.g. \"1499.90\"");
        } else if (value.matches("\\d{11,}(\\.\\d*)?")) {
            reject(path, "is larger than 9999999999.99");
        } else if (!Money.AMOUNT_FORMAT.matcher(value).matches()) {
            reject(path, "'" + value + "' is not a decimal amount such as \"1499.90\" (digits, a point, at most 2 decimals)");
        } else {
            return new BigDecimal(value);
        }
        return null;
    }

    private static String asExample(JsonNode number) {
        BigDecimal value = number.decimalValue();
        return value.scale() <= 2 ? value.setScale(2).toPlainString() : value.toPlainString();
    }
}
