package com.aftercare.cases;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;

/**
 * A verdict as a case keeps it (jsonb): the outcome, the clause ids applied, the reason's key with
 * its arguments (rendered later in the reader's language) and, while pending, what is still to check.
 */
public record StoredVerdict(Outcome outcome, List<String> clauses, String reasonKey, List<String> reasonArguments,
                            String reasonPattern, List<String> stillToCheck) {

    public StoredVerdict {
        clauses = List.copyOf(clauses);
        reasonArguments = List.copyOf(reasonArguments);
        stillToCheck = stillToCheck == null ? List.of() : List.copyOf(stillToCheck);
    }

    public static StoredVerdict of(Verdict verdict) {
        List<String> still = verdict instanceof Verdict.Pending pending ? ids(pending.stillToCheck()) : List.of();
        return new StoredVerdict(verdict.outcome(), ids(verdict.appliedClauses()), verdict.reason().key(),
                verdict.reason().arguments().stream().map(String::valueOf).toList(), verdict.reason().defaultPattern(), still);
    }

    public Reason reason() {
        return Reason.stored(reasonKey, reasonArguments, reasonPattern);
    }

    public List<ClauseId> clauseIds() {
        return clauses.stream().map(ClauseId::of).toList();
    }

    public List<ClauseId> stillToCheckIds() {
        return stillToCheck.stream().map(ClauseId::of).toList();
    }

    public boolean is(Outcome expected) {
        return outcome == expected;
    }

    private static List<String> ids(List<ClauseId> clauses) {
        return clauses.stream().map(ClauseId::value).toList();
    }
}
