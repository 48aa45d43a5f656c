package com.aftercare.demo;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.Cases;
import com.aftercare.cases.Loaners;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Channel;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseCommands.AtDelivery;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseCommands.RequestedItem;
import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.policy.returns.Packaging;
import com.aftercare.policy.warranty.FaultCause;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's cases, opened on the demo orders through the same services as the API, so the queues
 * show work on the first start: a return waiting for its way back, a refund running late, photos
 * not yet sent, a repair owing a loaner, a missing item to ship. Only on the first start.
 */
@Component
@Profile("demo")
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final Caller AGENT = new Caller(new UUID(0, 1), "demo-agent", Set.of(Role.AGENT));
    private static final Caller TECHNICIAN = new Caller(new UUID(0, 2), "demo-technician", Set.of(Role.TECHNICIAN));

    private record Line(String orderNumber, String lineId, String serial, Instant deliveredAt) {
    }

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Loaners loaners;
    private final TurkishCalendar calendar;
    private final Clock clock;

    DemoCases(JdbcClient jdbc, Cases cases, Loaners loaners, TurkishCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.cases = cases;
        this.loaners = loaners;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void openDemoCases() {
        if (jdbc.sql("select count(*) from case_file").query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        int opened = 0;
        try {
            // WAR-5: a small pool of watches to lend while repairs run late.
            if (loaners.all().isEmpty()) {
                loaners.add("LOAN-0001", "Seiko 5 Sports (loaner)");
                loaners.add("LOAN-0002", "Casio G-Shock (loaner)");
                loaners.add("LOAN-0003", "Garmin Venu (loaner)");
            }
            opened += watchDeliveredBetween(now.minus(Duration.ofDays(4)), now).map(line -> {
                open(CaseType.RETURN, line, now.minus(Duration.ofHours(3)), Channel.PHONE, "Changed my mind", null);
                return 1;
            }).orElse(0);
            opened += watchDeliveredBetween(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(25))).map(line -> {
                // RET-6 running late: the goods reached the store more than 14 days ago and no refund yet.
                CaseId id = open(CaseType.RETURN, line, line.deliveredAt().plus(Duration.ofDays(2)), Channel.EMAIL, "Too large", null);
                cases.take(id, null, new CaseCommands.RecordReceipt(line.deliveredAt().plus(Duration.ofDays(6)), Packaging.INTACT,
                        true, true, false, "Demo: received in its box"), AGENT);
                return 1;
            }).orElse(0);
            opened += watchDeliveredBetween(now.minus(Duration.ofDays(24)), now.minus(Duration.ofDays(15))).map(line -> {
                open(CaseType.DEFECT_AFTER_DELIVERY, line, now.minus(Duration.ofDays(5)), Channel.WEB, "The crown is loose", null);
                return 1;
            }).orElse(0);
            opened += watchDeliveredBetween(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(200))).map(line -> {
                // WAR-5: twelve working days into the repair and no loaner lent yet, whichever weekday the demo starts on.
                CaseId id = open(CaseType.WARRANTY, line, workingDaysBefore(now, 12), Channel.PHONE, "Stops at night", "STOPS");
                cases.take(id, null, new CaseCommands.Diagnose(FaultCause.MATERIAL, false, List.of(), "Demo: worn mainspring"), TECHNICIAN);
                cases.take(id, null, new CaseCommands.StartRepair(), TECHNICIAN);
                return 1;
            }).orElse(0);
            log.info("Demo data: opened {} cases (a return, a late refund, photos asked for, a repair owing a loaner)", opened);
        } catch (RuntimeException e) {
            log.warn("Demo cases could not all be opened: {}", e.getMessage());
        }
    }

    private Instant workingDaysBefore(Instant now, int days) {
        LocalDate today = now.atZone(TurkishCalendar.ZONE).toLocalDate();
        LocalDate day = today;
        while (calendar.workingDaysBetween(day, today) < days) {
            day = day.minusDays(1);
        }
        return now.minus(Duration.ofDays(ChronoUnit.DAYS.between(day, today)));
    }

    private CaseId open(CaseType type, Line line, Instant requestedAt, Channel channel, String description, String faultCode) {
        List<String> serials = line.serial() == null ? List.of() : List.of(line.serial());
        return cases.open(new Open(type, line.orderNumber(), List.of(new RequestedItem(line.lineId(), 1, serials)), channel,
                requestedAt, description, type == CaseType.RETURN ? Remedy.REFUND : null, faultCode, description,
                new AtDelivery(null, null, null, null, null)), AGENT).id();
    }

    /** A delivered single watch (or smart watch) line, delivered in that span, not yet in any case. */
    private Optional<Line> watchDeliveredBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select l.order_number, l.line_id, u.serial_number, d.delivered_at
                  from order_lines l
                  join order_deliveries d on d.order_number = l.order_number
                  join order_units u on u.order_number = l.order_number and u.line_id = l.line_id
                 where l.category in ('WATCH', 'SMART_WATCH') and l.quantity = 1
                   and d.delivered_at between ? and ?
                   and not exists (select 1 from case_file c where c.order_number = l.order_number)
                 order by d.delivered_at desc limit 1""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .optional();
    }
}
