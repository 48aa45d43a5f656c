package com.aftercare.policy;

import java.util.List;

/**
 * The policy files cannot be used: every problem found, each naming its file, line and path, so
 * that whoever edits the files can fix them all in one go. Thrown at start-up, so the service does
 * not run on a policy it cannot read.
 */
public class PolicyFileException extends RuntimeException {

    private final List<String> problems;

    public PolicyFileException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        return "The policy files have " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  - " + String.join("\n  - ", problems);
    }
}
