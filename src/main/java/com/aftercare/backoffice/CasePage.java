package com.aftercare.backoffice;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseViews;
import com.aftercare.cases.CaseViews.CaseView;
import com.aftercare.cases.CaseViews.DeadlineView;
import com.aftercare.cases.CaseViews.ShipmentView;
import com.aftercare.identity.Caller;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * What the case page shows: the case as the API renders it, its clocks with the days left or late,
 * and the steps the case's state allows that the signed-in person's role may take.
 *
 * @param steps the steps with a form on this page
 * @param apiOnlySteps allowed steps the pages do not offer yet (through the API meanwhile)
 */
record CasePage(CaseView view, List<Clock> clocks, List<StepForm> steps, List<CaseAction> apiOnlySteps,
                List<ShipmentView> awaitingPickup, List<String> uninspectedLines, List<String> contractedCarriers) {

    /** A deadline with the whole days left until its day (negative: late), in Istanbul. */
    record Clock(DeadlineView deadline, long daysLeft) {

        public boolean late() {
            return deadline.overdue();
        }

        public long daysLate() {
            return Math.max(0, -daysLeft);
        }
    }

    static CasePage of(CaseView view, Caller caller, CaseViews views, LocalDate today, Locale locale) {
        List<Clock> clocks = view.deadlines().stream()
                .map(d -> new Clock(d, ChronoUnit.DAYS.between(today, d.due().atZoneSameInstant(TurkishCalendar.ZONE).toLocalDate())))
                .toList();
        List<CaseAction> mine = view.allowedActions().stream().filter(action -> RoleQueues.mayTake(caller, action)).sorted().toList();
        List<StepForm> steps = mine.stream().filter(StepForm::hasForm)
                .map(action -> new StepForm(action, StepForm.fragmentOf(action), views.cite(view, StepForm.CLAUSES.get(action), locale)))
                .toList();
        List<CaseAction> apiOnly = mine.stream().filter(action -> !StepForm.hasForm(action)).toList();
        List<ShipmentView> awaitingPickup = view.shipments().stream()
                .filter(s -> "TO_STORE".equals(s.direction()) && s.pickedUpAt() == null).toList();
        List<String> inspected = view.inspections().stream().map(CaseViews.InspectionView::lineId).toList();
        List<String> uninspected = view.items().stream().map(CaseViews.ItemView::lineId).filter(line -> !inspected.contains(line)).toList();
        return new CasePage(view, clocks, steps, apiOnly, awaitingPickup, uninspected, views.contractedCarriers(view));
    }
}
