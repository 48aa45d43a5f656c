package com.aftercare.platform.web;

/**
 * One bad field of a request, as RFC 9457's {@code errors} member lists it (API.md).
 *
 * @param field a JSON path into the request, e.g. {@code lines[2].category}, or a parameter name
 * @param message what is wrong and what would be right, for a person to act on
 */
public record FieldProblem(String field, String message) {
}
