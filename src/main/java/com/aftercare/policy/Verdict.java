package com.aftercare.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a rule decides: an outcome, the clauses it applied, and why. A rejection is a result, not an
 * exception. Every verdict cites at least one clause (the policy book: every decision carries the ids of
 * the clauses it applied).
 */
public sealed interface Verdict permits Verdict.Accepted, Verdict.Rejected, Verdict.Pending {

    Outcome outcome();

    List<ClauseId> appliedClauses();

    Reason reason();

    /** The applied clauses as a decision shows them, in the reader's language. */
    default List<CitedClause> citedIn(PolicyVersion version, Locale locale) {
        return version.cite(appliedClauses(), locale);
    }

    static Verdict accepted(Reason reason, ClauseId... applied) {
        return new Accepted(List.of(applied), reason);
    }

    static Verdict rejected(Reason reason, ClauseId... applied) {
        return new Rejected(List.of(applied), reason);
    }

    /** Decided as far as the facts go; the clauses still to check wait for more facts or a person. */
    static Verdict pending(Reason reason, List<ClauseId> applied, List<ClauseId> stillToCheck) {
        return new Pending(applied, reason, stillToCheck);
    }

    record Accepted(List<ClauseId> appliedClauses, Reason reason) implements Verdict {
        public Accepted {
            appliedClauses = citing(appliedClauses);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Outcome outcome() {
            return Outcome.ACCEPTED;
        }
    }

    record Rejected(List<ClauseId> appliedClauses, Reason reason) implements Verdict {
        public Rejected {
            appliedClauses = citing(appliedClauses);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Outcome outcome() {
            return Outcome.REJECTED;
        }
    }

    /**
     * @param appliedClauses the clauses already applied; may be empty when nothing could be judged yet
     * @param stillToCheck the clauses whose facts are missing (e.g. RET-4's inspection, WAR-8's confirmation)
     */
    record Pending(List<ClauseId> appliedClauses, Reason reason, List<ClauseId> stillToCheck) implements Verdict {
        public Pending {
            appliedClauses = List.copyOf(appliedClauses);
            Objects.requireNonNull(reason, "reason");
            stillToCheck = List.copyOf(stillToCheck);
            if (stillToCheck.isEmpty()) {
                throw new IllegalArgumentException("a pending verdict names the clauses still to check");
            }
        }

        @Override
        public Outcome outcome() {
            return Outcome.PENDING;
        }
    }

    private static List<ClauseId> citing(List<ClauseId> applied) {
        List<ClauseId> copy = List.copyOf(applied);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a decided verdict cites at least one clause");
        }
        return copy;
    }
}
