package com.aftercare.policy.web;

import com.aftercare.policy.Clause;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.StoreContact;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The policy as the API shows it (API.md, "Calendar and policy"). */
final class PolicyResponses {

    private PolicyResponses() {
    }

    @Schema(description = "A policy version with every clause in English and Turkish")
    record PolicyView(
            @Schema(example = "2026.1") String version,
            @Schema(example = "2026-01-01") LocalDate effectiveFrom,
            @Schema(description = "Last day in force; null while no later version exists") LocalDate effectiveUntil,
            @Schema(description = "The language of each clause's title and text (from Accept-Language)",
                    allowableValues = {"en", "tr"}) String language,
            StoreContact store,
            List<ClauseView> clauses) {

        static PolicyView of(PolicyVersion version, LocalDate effectiveUntil, Locale language) {
            return new PolicyView(version.version(), version.effectiveFrom(), effectiveUntil,
                    language.getLanguage(), version.store(),
                    version.clauses().stream().map(c -> ClauseView.of(c, language)).toList());
        }
    }

    @Schema(description = "A clause: its title and text in the chosen language, both languages, its parameters")
    record ClauseView(
            @Schema(example = "RET-1") String id,
            String title,
            String text,
            Wording en,
            Wording tr,
            @Schema(description = "The numbers and lists the clause sets, by name; periods name their day count")
            Map<String, Object> parameters) {

        static ClauseView of(Clause clause, Locale language) {
            return new ClauseView(clause.id().value(), clause.title(language), clause.text(language),
                    new Wording(clause.title().en(), clause.text().en()),
                    new Wording(clause.title().tr(), clause.text().tr()),
                    clause.parameters());
        }
    }

    record Wording(String title, String text) {
    }

    @Schema(description = "A version of the policy book and the days it is in force")
    record VersionSummary(
            @Schema(example = "2024.1") String version,
            @Schema(example = "2024-01-01") LocalDate effectiveFrom,
            @Schema(description = "Last day in force; null for the latest version", example = "2025-12-31")
            LocalDate effectiveUntil) {
    }
}
