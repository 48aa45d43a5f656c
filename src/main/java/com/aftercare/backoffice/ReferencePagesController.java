package com.aftercare.backoffice;

import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.StatutoryFloor;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.LocalizedText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What staff look things up in: the policy version in force today (every clause with its title and
 * text in the page's language, and the numbers it sets) and a year's official holidays with the
 * half-day eves, the days the policy's periods skip.
 */
@Controller
class ReferencePagesController {

    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2150;

    /** A clause as the page shows it, its parameters as "name: value" lines. */
    record ClauseRow(String id, String title, String text, List<Map.Entry<String, String>> parameters,
            List<OverrideRow> overriddenBy) {
    }

    /** A floor rule that governs in place of a clause, and why, in the page's language. */
    record OverrideRow(String law, String title, String reason) {
    }

    /** A rule of the statutory floor as the page shows it. */
    record FloorRow(String id, String title, String text, String source, LocalDate effectiveFrom, List<String> overrides) {
    }

    /** A holiday with its name in the page's language. */
    record HolidayRow(LocalDate date, String name, boolean halfDay, String kind) {
    }

    private final PolicyBook book;
    private final StatutoryFloor floor;
    private final TurkishCalendar calendar;
    private final Clock clock;

    ReferencePagesController(PolicyBook book, StatutoryFloor floor, TurkishCalendar calendar, Clock clock) {
        this.book = book;
        this.floor = floor;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/office/policy")
    String policy(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        PolicyVersion version = book.inForceOn(LocalDate.now(clock.withZone(TurkishCalendar.ZONE)));
        model.addAttribute("policy", version);
        model.addAttribute("clauses", version.clauses().stream().map(c -> new ClauseRow(c.id().value(), c.title(locale),
                c.text(locale), c.parameters().entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), String.valueOf(e.getValue()))).toList(),
                floor.overriding(c.id(), version.effectiveFrom()).stream()
                        .map(rule -> new OverrideRow(rule.id().value(), rule.title().in(locale), rule.overrides().get(c.id()).in(locale)))
                        .toList())).toList());
        model.addAttribute("floor", floor.rules().stream().map(rule -> new FloorRow(rule.id().value(), rule.title().in(locale),
                rule.text().in(locale), rule.source(), rule.effectiveFrom(),
                rule.overrides().keySet().stream().map(ClauseId::value).toList())).toList());
        model.addAttribute("caller", caller);
        return "office/policy";
    }

    @GetMapping("/office/calendar")
    String calendar(@RequestParam(required = false) Integer year, @AuthenticationPrincipal Caller caller, Locale locale,
            Model model) {
        int shown = year != null ? year : LocalDate.now(clock.withZone(TurkishCalendar.ZONE)).getYear();
        if (shown < FIRST_YEAR || shown > LAST_YEAR) {
            throw new InvalidInputException("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        boolean turkish = LocalizedText.isTurkish(locale);
        List<Holiday> holidays = calendar.holidaysIn(shown);
        model.addAttribute("year", shown);
        model.addAttribute("previousYear", shown > FIRST_YEAR ? shown - 1 : null);
        model.addAttribute("nextYear", shown < LAST_YEAR ? shown + 1 : null);
        model.addAttribute("holidays", holidays.stream().map(h -> new HolidayRow(h.date(), turkish ? h.name().tr() : h.name().en(),
                h.halfDay(), h.kind().name())).toList());
        model.addAttribute("caller", caller);
        return "office/calendar";
    }
}
