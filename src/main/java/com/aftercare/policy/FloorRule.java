package com.aftercare.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One rule of the statutory floor (POLICY.md, LAW-*): what the law gives the customer whatever the store's policy
 * says, where it comes from, from when, and which store clauses it overrides with why.
 *
 * @param overrides the store clauses this rule gives the customer more than, each with the reason in both languages
 * @param parameters the rule's numbers by name, for display
 */
public record FloorRule(ClauseId id, LocalDate effectiveFrom, String source, LocalizedText title, LocalizedText text,
        Map<ClauseId, LocalizedText> overrides, Map<String, Object> parameters) {

    public FloorRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether the rule applies on that day (the law's date of effect). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom);
    }

    /** The rule as a decision cites it beside the store's clause it overrides. */
    public CitedClause cite(Locale locale) {
        return new CitedClause(id.value(), text.in(locale));
    }
}
