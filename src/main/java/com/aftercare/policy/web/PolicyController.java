package com.aftercare.policy.web;

import com.aftercare.policy.LocalizedText;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the policy book: the clauses a decision may cite, and when each version was in force. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy", description = "The store's policy clauses (POLICY.md), versioned by effective date")
class PolicyController {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, LocalizedText.TURKISH);

    private final PolicyBook book;
    private final Clock clock;

    PolicyController(PolicyBook book, ObjectProvider<Clock> clock) {
        this.book = book;
        // Until the application defines its Clock bean, the store's own zone decides what "today" is.
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Istanbul")));
    }

    @GetMapping
    @Operation(summary = "The policy version in force on a day",
            description = "Every clause with its id, title and text in English and Turkish and its parameters. "
                    + "Accept-Language (en or tr) picks the language of each clause's title and text; both "
                    + "languages are always present under en and tr. A day before the oldest version gets the "
                    + "oldest version.")
    @ApiResponse(responseCode = "200", description = "The version in force")
    @ApiResponse(responseCode = "400", description = "The day is not a day",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PolicyView inForce(
            @Parameter(description = "The day, as YYYY-MM-DD; today in Europe/Istanbul when absent", example = "2025-06-01")
            @RequestParam(name = "on", required = false) String on,
            @Parameter(description = "en or tr; English when absent or neither", example = "tr")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        PolicyVersion version = book.inForceOn(day(on));
        return PolicyView.of(version, effectiveUntil(version), language(acceptLanguage));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of the policy book, oldest first, with the days it is in force")
    List<VersionSummary> versions() {
        return book.versions().stream()
                .map(v -> new VersionSummary(v.version(), v.effectiveFrom(), effectiveUntil(v)))
                .toList();
    }

    @ExceptionHandler(NotADay.class)
    ProblemDetail notADay(NotADay bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
        problem.setTitle("Invalid day");
        problem.setProperty("errors", List.of(Map.of("field", "on", "message", bad.getMessage())));
        return problem;
    }

    private LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException notADay) {
            throw new NotADay("on must be a day written as YYYY-MM-DD, such as 2025-06-01; was \"" + on + "\"");
        }
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

    private static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException unreadableHeader) {
            return Locale.ENGLISH;
        }
    }

    private static final class NotADay extends RuntimeException {
        NotADay(String message) {
            super(message);
        }
    }
}
