package com.aftercare.cases.core;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.orders.Order;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The policy version a case is judged by: the one in force on the day its goods were delivered. */
@Component
public class CasePolicies {

    private final PolicyBook book;
    private final Clock clock;

    CasePolicies(PolicyBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    PolicyVersion forOrder(Order order) {
        LocalDate day = order.isDelivered()
                ? order.delivery().deliveredAt().atZoneSameInstant(TurkishCalendar.ZONE).toLocalDate()
                : LocalDate.now(clock.withZone(TurkishCalendar.ZONE));
        return book.inForceOn(day);
    }

    /** The version a case was opened under, by its label. */
    public PolicyVersion named(String version) {
        return book.named(version);
    }
}
