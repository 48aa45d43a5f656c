package com.aftercare.calendar.internal;

import com.aftercare.calendar.TurkishCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exposes the calendar as a bean. The override file is read here, at start-up, so a bad file stops the service
 * before it counts a single deadline on a wrong calendar.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    TurkishCalendar turkishCalendar(
            @Value("${aftercare.calendar.holiday-overrides:" + TurkishHolidaySchedule.SHIPPED_OVERRIDES + "}")
            String overridesOnClasspath) {
        HolidayOverrides overrides = HolidayOverridesLoader.fromClasspath(overridesOnClasspath);
        return new TurkishCalendar(new TurkishHolidaySchedule(overrides));
    }
}
