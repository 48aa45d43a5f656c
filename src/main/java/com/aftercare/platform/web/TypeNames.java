package com.aftercare.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Names a Java type the way a person writing JSON or a query string thinks of it. */
final class TypeNames {

    private TypeNames() {
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a decimal number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-03-10";
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return "a moment like 2026-03-10T14:05:00+03:00";
        }
        if (type == UUID.class) {
            return "an id like 3f2b8c9e-1d2a-4c5b-9e8f-0a1b2c3d4e5f";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of type " + type.getSimpleName();
    }
}
