package com.aftercare.cases;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Reason;
import java.util.List;

/** Why something was decided that is not an acceptance or refusal (who pays a shipment: RET-5, GEN-5). */
public record StoredReasoning(List<String> clauses, String reasonKey, List<String> reasonArguments, String reasonPattern) {

    public StoredReasoning {
        clauses = List.copyOf(clauses);
        reasonArguments = List.copyOf(reasonArguments);
    }

    public static StoredReasoning of(List<ClauseId> clauses, Reason reason) {
        return new StoredReasoning(clauses.stream().map(ClauseId::value).toList(), reason.key(),
                reason.arguments().stream().map(String::valueOf).toList(), reason.defaultPattern());
    }

    public Reason reason() {
        return Reason.stored(reasonKey, reasonArguments, reasonPattern);
    }
}
