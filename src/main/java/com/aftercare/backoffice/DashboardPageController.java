package com.aftercare.backoffice;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStatistics;
import com.aftercare.identity.Caller;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: the state of the work in figures and server-drawn bar charts (no script needed). */
@Controller
class DashboardPageController {

    private final CaseStatistics statistics;

    DashboardPageController(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/office/dashboard")
    String dashboard(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        CaseStatistics.Figures figures = statistics.figures();
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(figures.asOf().atZone(TurkishCalendar.ZONE)));
        model.addAttribute("byType", BarChart.of("chart-type", "type.", figures.openByType()));
        model.addAttribute("byStatus", BarChart.of("chart-status", "status.", figures.openByStatus()));
        model.addAttribute("overdueByType", BarChart.of("chart-overdue", "type.", figures.overdueByType()));
        model.addAttribute("reasons", BarChart.of("chart-reasons", null, figures.returnReasons()));
        model.addAttribute("caller", caller);
        return "office/dashboard";
    }
}
