package com.aftercare.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says where and why a request body could not be read, without echoing Jackson's internals. */
final class MalformedBody {

    private MalformedBody() {
    }

    static String describe(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson == null) {
            return "The request body is missing or cannot be read as JSON.";
        }
        String path = path(jackson);
        return switch (jackson) {
            case UnrecognizedPropertyException unknown ->
                    "Unknown field '" + unknown.getPropertyName() + "'" + at(path) + "; remove it or check its spelling.";
            case InvalidFormatException format ->
                    "The value " + quote(format.getValue()) + at(path) + " is not " + TypeNames.describe(format.getTargetType()) + ".";
            case MismatchedInputException mismatch ->
                    "Wrong type" + at(path) + ": expected " + TypeNames.describe(mismatch.getTargetType()) + ".";
            case StreamReadException syntax -> "The body is not valid JSON" + location(syntax.getLocation()) + ".";
            default -> "The request body cannot be read" + at(path) + ".";
        };
    }

    /**
     * The outermost Jackson failure: it knows the field. Not the most specific cause, which for a bad
     * date is the JDK's parse error, knowing neither the field nor that JSON was read.
     */
    private static JacksonException jacksonCause(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    private static String location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String quote(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }
}
