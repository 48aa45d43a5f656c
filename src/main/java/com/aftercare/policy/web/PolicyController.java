package com.aftercare.policy.web;

import com.aftercare.policy.LocalizedText;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.StatutoryFloor;
import com.aftercare.policy.web.PolicyResponses.PolicyView;
import com.aftercare.policy.web.PolicyResponses.VersionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the policy book: the clauses a decision may cite, and when each version was in force. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy", description = "The store's policy clauses (the policy book), versioned by effective date")
class PolicyController {

    private final PolicyBook book;
    private final StatutoryFloor floor;
    private final Clock clock;

    PolicyController(PolicyBook book, StatutoryFloor floor, Clock clock) {
        this.book = book;
        this.floor = floor;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The policy version in force on a day",
            description = "Every clause with its id, title and text in English and Turkish and its parameters, and the "
                    + "statutory floor's rules (LAW-*) with their sources; a clause the floor overrides names the rule in "
                    + "overriddenBy. "
                    + "Accept-Language (en or tr) picks the language of each clause's title and text; both "
                    + "languages are always present under en and tr. A day before the oldest version gets the "
                    + "oldest version.")
    @ApiResponse(responseCode = "200", description = "The version in force")
    @ApiResponse(responseCode = "400", description = "'on' is not a day written as YYYY-MM-DD",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PolicyView inForce(
            @Parameter(description = "The day, as YYYY-MM-DD; today in Europe/Istanbul when absent", example = "2025-06-01")
            @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Parameter(hidden = true) Locale language) {
        PolicyVersion version = book.inForceOn(on == null ? LocalDate.now(clock) : on);
        return PolicyView.of(version, effectiveUntil(version), "tr".equals(language.getLanguage()) ? LocalizedText.TURKISH : Locale.ENGLISH, floor);
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of the policy book, oldest first, with the days it is in force")
    List<VersionSummary> versions() {
        return book.versions().stream()
                .map(v -> new VersionSummary(v.version(), v.effectiveFrom(), effectiveUntil(v)))
                .toList();
    }

    /** The day before the next version takes effect; none for the latest. */
    private LocalDate effectiveUntil(PolicyVersion version) {
        return book.versions().stream()
                .map(PolicyVersion::effectiveFrom)
                .filter(from -> from.isAfter(version.effectiveFrom()))
                .min(LocalDate::compareTo)
                .map(from -> from.minusDays(1))
                .orElse(null);
    }
}
