package com.aftercare.calendar.web;

import com.aftercare.calendar.DayCount;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns the calendar endpoints' bad parameters into RFC 9457 problem details (API.md "Conventions"): status 400,
 * a {@code detail} a person can act on, and {@code errors: [{field, message}]}.
 */
final class ParameterProblems {

    /** One type for every bad-parameter answer; a URN, since there is no documentation page to link yet. */
    static final URI TYPE = URI.create("urn:aftercare:problem:invalid-parameters");

    private ParameterProblems() {
    }

    static ProblemDetail missing(MissingServletRequestParameterException e) {
        return of(e.getParameterName(), "is required");
    }

    static ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return of(e.getName(), "'" + e.getValue() + "' is not " + expected(e.getRequiredType()));
    }

    static ProblemDetail invalid(InvalidParameterException e) {
        return of(e.field(), e.getMessage());
    }

    static ProblemDetail validation(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> error(name(result), message(error))))
                .toList();
        return problem(errors);
    }

    private static ProblemDetail of(String field, String message) {
        return problem(List.of(error(field, message)));
    }

    private static ProblemDetail problem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(TYPE);
        problem.setTitle("Invalid request parameters");
        problem.setDetail(errors.stream().map(e -> e.get("field") + " " + e.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request parameters are invalid") + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String name(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter";
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date written yyyy-MM-dd, such as 2026-05-13";
        }
        if (type == DayCount.class) {
            return "WORKING or BANK"; // DAYS is an enum constant but has its own endpoint, /period-end
        }
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        return "a valid value";
    }
}
