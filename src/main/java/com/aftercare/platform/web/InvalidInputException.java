package com.aftercare.platform.web;

import java.util.List;

/** A request whose fields break the rules: answered 400 with every bad field listed. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.size() == 1) {
            return problems.getFirst().field() + ": " + problems.getFirst().message();
        }
        return problems.size() + " fields are invalid; see errors.";
    }
}
