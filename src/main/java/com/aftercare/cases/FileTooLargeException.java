package com.aftercare.cases;

import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A file larger than its kind may be, or an upload larger than the service takes in one request:
 * 413 Content Too Large with the limits a person can act on, the field named as in every other refusal.
 */
public class FileTooLargeException extends ErrorResponseException {

    public FileTooLargeException(String message) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(message), null);
    }

    private static ProblemDetail problem(String message) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large", "file: " + message);
        problem.setProperty("errors", List.of(new FieldProblem("file", message)));
        return problem;
    }

    /** The detail, for the pages (the same words the API answers). */
    public String detail() {
        return getBody().getDetail();
    }
}
