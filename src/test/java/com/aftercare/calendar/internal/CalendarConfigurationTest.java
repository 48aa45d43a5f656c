package com.aftercare.calendar.internal;

import com.aftercare.calendar.TurkishCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The calendar bean")
class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    @DisplayName("uses the shipped override file by default")
    void shippedFile() {
        context.run(ctx -> assertThat(ctx.getBean(TurkishCalendar.class).periodEnd(of(2026, 5, 13), 14))
                .isEqualTo(of(2026, 6, 1)));
    }

    @Test
    @DisplayName("stops start-up when the override file is wrong, naming the file and the entry")
    void badFileStopsStartUp() {
        context.withPropertyValues("aftercare.calendar.holiday-overrides=calendar/overrides-bad.yaml")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidHolidayOverridesException.class)
                        .hasMessageContaining("calendar/overrides-bad.yaml")
                        .hasMessageContaining("move entry #1 (line 2)"));
    }
}
