package com.aftercare.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem details the API answers with (RFC 9457, API.md "Conventions"). */
public final class Problems {

    private static final String TYPE_BASE = "https://aftercare.example.com/problems/";

    private Problems() {
    }

    /** A problem of a kind with a stable {@code type} URI, e.g. {@code invalid-input}. */
    public static ProblemDetail of(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + kind));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
