package com.aftercare.policy.web;

import com.aftercare.policy.Clause;
import com.aftercare.policy.FloorRule;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.StatutoryFloor;
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
            List<ClauseView> clauses,
            @Schema(description = "The statutory floor (POLICY.md, LAW-*): what the law gives the customer whatever the "
                    + "store's clauses say; a clause it overrides lists the rule in its overriddenBy")
            List<FloorRuleView> floor) {

        static PolicyView of(PolicyVersion version, LocalDate effectiveUntil, Locale language, StatutoryFloor floor) {
            return new PolicyView(version.version(), version.effectiveFrom(), effectiveUntil,
                    language.getLanguage(), version.store(),
                    version.clauses().stream().map(c -> ClauseView.of(c, language,
                            floor.overriding(c.id(), version.effectiveFrom()))).toList(),
                    floor.rules().stream().map(r -> FloorRuleView.of(r, language)).toList());
        }
    }

    @Schema(description = "A rule of the statutory floor: its source in law, from when, and the store clauses it overrides")
    record FloorRuleView(
            @Schema(example = "LAW-4") String id,
            String title,
            String text,
            Wording en,
            Wording tr,
            @Schema(description = "Where the rule comes from", example = "6502 sayılı Tüketicinin Korunması Hakkında Kanun art. 10 ve 11")
            String source,
            @Schema(description = "The day the law applies from", example = "2014-06-13") LocalDate effectiveFrom,
            Map<String, Object> parameters,
            @Schema(description = "The store clauses this rule gives the customer more than, each with why")
            List<OverrideView> overrides) {

        static FloorRuleView of(FloorRule rule, Locale language) {
            return new FloorRuleView(rule.id().value(), rule.title().in(language), rule.text().in(language),
                    new Wording(rule.title().en(), rule.text().en()), new Wording(rule.title().tr(), rule.text().tr()),
                    rule.source(), rule.effectiveFrom(), rule.parameters(),
                    rule.overrides().entrySet().stream()
                            .map(e -> new OverrideView(e.getKey().value(), e.getValue().in(language))).toList());
        }
    }

    @Schema(description = "A store clause a floor rule overrides, and why, in the chosen language")
    record OverrideView(@Schema(example = "WAR-8") String clause, String reason) {
    }

    @Schema(description = "A clause: its title and text in the chosen language, both languages, its parameters")
    record ClauseView(
            @Schema(example = "RET-1") String id,
            String title,
            String text,
            Wording en,
            Wording tr,
            @Schema(description = "The numbers and lists the clause sets, by name; periods name their day count")
            Map<String, Object> parameters,
            @Schema(description = "The statutory floor's rules that give the customer more than this clause (then they "
                    + "govern, and decisions cite both); empty where the clause is at or above the floor",
                    example = "[\"LAW-4\"]")
            List<String> overriddenBy) {

        static ClauseView of(Clause clause, Locale language, List<FloorRule> overriddenBy) {
            return new ClauseView(clause.id().value(), clause.title(language), clause.text(language),
                    new Wording(clause.title().en(), clause.text().en()),
                    new Wording(clause.title().tr(), clause.text().tr()),
                    clause.parameters(), overriddenBy.stream().map(r -> r.id().value()).toList());
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
