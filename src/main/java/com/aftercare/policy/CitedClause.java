package com.aftercare.policy;

/**
 * A clause as a decision shows it: {@code {"id": "RET-1", "text": "..."}} in the reader's language
 * (API.md, a case's {@code decision.clauses}).
 */
public record CitedClause(String id, String text) {
}
