package com.aftercare.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One clause of the policy book as a version states it.
 *
 * @param parameters the clause's parameters by name, in file order, for display (the typed
 *     values are on {@link PolicyVersion}); empty for a clause without numbers
 */
public record Clause(ClauseId id, LocalizedText title, LocalizedText text, Map<String, Object> parameters) {

    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String text(Locale locale) {
        return text.in(locale);
    }

    /** The clause as a decision cites it: its id and its text in the reader's language. */
    public CitedClause cite(Locale locale) {
        return new CitedClause(id.value(), text(locale));
    }
}
