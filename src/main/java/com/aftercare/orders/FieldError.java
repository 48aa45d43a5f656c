package com.aftercare.orders;

/**
 * Why one field of an order was refused.
 *
 * @param field a JSON path into the order document, e.g. {@code lines[2].category}
 * @param message what is wrong and what to send instead, for a person to act on
 */
public record FieldError(String field, String message) {
}
