package com.aftercare.cases.warranty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks at the cases' clocks every few minutes ({@code aftercare.clocks.check-interval}); tests call the clocks directly. */
@Component
@ConditionalOnBooleanProperty(name = "aftercare.clocks.enabled", matchIfMissing = true)
class CaseClocksSchedule {

    private static final Logger log = LoggerFactory.getLogger(CaseClocksSchedule.class);

    private final LoanerClock loaners;

    CaseClocksSchedule(LoanerClock loaners) {
        this.loaners = loaners;
    }

    @Scheduled(fixedDelayString = "${aftercare.clocks.check-interval:5m}", initialDelayString = "${aftercare.clocks.initial-delay:30s}")
    void check() {
        try {
            int noted = loaners.noteLoanersDue();
            if (noted > 0) {
                log.info("{} case(s) now owe the customer a loaner (WAR-5)", noted);
            }
        } catch (RuntimeException e) {
            log.warn("The loaner clock could not run this round: {}", e.getMessage());
        }
    }
}
