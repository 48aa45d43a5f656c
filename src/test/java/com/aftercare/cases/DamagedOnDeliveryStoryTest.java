package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static com.aftercare.cases.CaseStoryFixture.strings;
import static com.aftercare.cases.CaseStoryFixture.timelineKinds;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * DLV-3 through the real API and database: goods damaged in transport are refused at the door, the
 * carrier's officer writes a damage report, and the store replaces them within 14 working days
 * (Saturdays count, Sundays and holidays do not) at no charge for shipping or product.
 */
@IntegrationTest
@DisplayName("Story: goods damaged in transport, refused at the door (DLV-3)")
class DamagedOnDeliveryStoryTest {

    private static final TurkishCalendar CALENDAR = TurkishCalendar.official();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private CaseStoryFixture story;

    @BeforeEach
    void stage() {
        story = new CaseStoryFixture(mvc, tokens);
    }

    @Test
    @DisplayName("refused with the carrier's report: accepted at once, the replacement due 14 working days from the report, shipped in time with new serials at the store's cost")
    void refusedWithReportIsReplacedInTime() throws Exception {
        // Two days ago the courier brought Ayşe's watch with a crushed box. She refused it at the door,
        // and the courier's officer wrote damage report YK-HT-0042 that day.
        Instant now = Instant.now();
        Instant attemptedAt = now.minus(2, DAYS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate reportDate = attemptedAt.atZone(TurkishCalendar.ZONE).toLocalDate();
        String order = story.putOrder("DLV3", Payment.card("WORLD", 1), attemptedAt, Line.watch("1", serial(), "4250.00"));

        // She calls customer services the next day with the report in hand.
        JsonNode opened = story.openDelivery("DAMAGED_ON_DELIVERY", order, now.minus(1, DAYS), """
                "refusedAtDoor": true, "damageReport": {"number": "YK-HT-0042", "date": "%s"}""".formatted(reportDate), "1");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(opened.get("remedy").asString()).isEqualTo("REPLACEMENT");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-3");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.damaged.reported");
        assertThat(opened.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(opened.get("delivery").get("refusedAtDoor").asBoolean()).isTrue();
        assertThat(opened.get("delivery").get("damageReportNumber").asString()).isEqualTo("YK-HT-0042");
        assertThat(opened.get("delivery").get("damageReportDate").asString()).isEqualTo(reportDate.toString());

        // DLV-3's clock: the end of the 14th working day after the report, in Istanbul.
        LocalDate dueDay = CALENDAR.addWorkingDays(reportDate, 14);
        JsonNode clock = deadline(opened, "REPLACEMENT");
        assertThat(clock.get("clause").asString()).isEqualTo("DLV-3");
        assertThat(clock.get("met").isNull()).isTrue();
        assertThat(clock.get("overdue").asBoolean()).isFalse();
        assertThat(instantOf(clock.get("due"))).isEqualTo(endOfDay(dueDay));
        assertCountedNoSundayNorHoliday(reportDate, dueDay);

        // The goods never left the carrier: nothing travels back, the replacement is what is owed.
        assertThat(strings(opened.get("allowedActions"))).contains("SHIP_REPLACEMENT")
                .doesNotContain("ARRANGE_RETURN_SHIPMENT", "RECORD_RECEIPT", "ISSUE_REFUND", "RECORD_DAMAGE_REPORT");
        assertThat(opened.get("timeline").get(0).get("kind").asString()).isEqualTo("CASE_OPENED");
        assertThat(clauseIds(opened.get("timeline").get(0).get("clauses"))).containsExactly("DLV-3");

        // The store ships a new watch with its own serial number, at its own cost, well in time.
        String newSerial = serial();
        JsonNode replaced = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Yurtiçi Kargo", "trackingNumber": "YK-%s", "serialNumbers": ["%s"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), newSerial), id);
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
        assertThat(strings(replaced.get("replacement").get("serialNumbers"))).containsExactly(newSerial);
        JsonNode met = deadline(replaced, "REPLACEMENT");
        assertThat(met.get("met").asBoolean()).isTrue();
        assertThat(met.get("overdue").asBoolean()).isFalse();
        assertThat(instantOf(met.get("due"))).isEqualTo(endOfDay(dueDay));
        JsonNode shipped = last(replaced.get("timeline"));
        assertThat(shipped.get("kind").asString()).isEqualTo("REPLACEMENT_SHIPPED");
        assertThat(clauseIds(shipped.get("clauses"))).containsExactly("DLV-3");
        assertThat(shipped.get("details").get("payer").asString()).isEqualTo("STORE");
        assertThat(shipped.get("details").get("onTime").asBoolean()).isTrue();
        assertThat(timelineKinds(replaced)).containsExactly("CASE_OPENED", "REPLACEMENT_SHIPPED");
        assertThat(strings(replaced.get("allowedActions"))).containsExactly("ATTACH");
    }

    @Test
    @DisplayName("refused without the report: pending on DLV-3 with no clock running; the report recorded later accepts it and starts the clock")
    void reportRecordedAfterOpening() throws Exception {
        Instant now = Instant.now();
        Instant attemptedAt = now.minus(3, DAYS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate reportDate = attemptedAt.atZone(TurkishCalendar.ZONE).toLocalDate();
        String order = story.putOrder("DLV3", Payment.card("WORLD", 1), attemptedAt, Line.watch("1", serial(), "4250.00"));

        JsonNode opened = story.openDelivery("DAMAGED_ON_DELIVERY", order, now.minus(2, DAYS), "\"refusedAtDoor\": true", "1");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(clauseIds(opened.get("decision").get("stillToCheck"))).containsExactly("DLV-3");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.damaged.reportNeeded");
        assertThat(deadline(opened, "REPLACEMENT")).as("no replacement clock without the report").isNull();
        assertThat(strings(opened.get("allowedActions"))).containsExactlyInAnyOrder("ATTACH", "CANCEL", "RECORD_DAMAGE_REPORT");

        JsonNode reported = story.post(201, Role.AGENT, "/api/v1/cases/{id}/damage-report", """
                {"number": "AR-TR-7781", "date": "%s"}""".formatted(reportDate), id);
        assertThat(reported.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(reported.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(reported.get("decision").get("clauses"))).containsExactly("DLV-3");
        assertThat(reported.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(reported.get("delivery").get("damageReportNumber").asString()).isEqualTo("AR-TR-7781");
        assertThat(instantOf(deadline(reported, "REPLACEMENT").get("due"))).isEqualTo(endOfDay(CALENDAR.addWorkingDays(reportDate, 14)));
        JsonNode event = last(reported.get("timeline"));
        assertThat(event.get("kind").asString()).isEqualTo("DAMAGE_REPORT_RECORDED");
        assertThat(clauseIds(event.get("clauses"))).containsExactly("DLV-3");
        assertThat(event.get("details").get("reportNumber").asString()).isEqualTo("AR-TR-7781");
        assertThat(event.get("details").get("reportDate").asString()).isEqualTo(reportDate.toString());
        assertThat(strings(reported.get("allowedActions"))).contains("SHIP_REPLACEMENT").doesNotContain("RECORD_DAMAGE_REPORT", "CANCEL");
    }

    @Test
    @DisplayName("a report written just before Kurban Bayramı: the 14 working days skip the four bayram days and every Sunday, and count the eve and the Saturdays")
    void replacementDueAcrossKurbanBayrami() throws Exception {
        // The report must not be in the future, so the story is set before the latest Kurban Bayramı that is
        // safely past: the report is written three days before its first day.
        LocalDate today = LocalDate.now(TurkishCalendar.ZONE);
        List<Holiday> bayram = latestPastKurbanBayrami(today);
        assertThat(bayram).as("Kurban Bayramı has four full days").hasSize(4);
        LocalDate reportDate = bayram.getFirst().date().minusDays(3);
        Instant attemptedAt = reportDate.atTime(LocalTime.of(11, 30)).atZone(TurkishCalendar.ZONE).toInstant();
        String order = story.putOrder("DLV3", Payment.card("WORLD", 1), attemptedAt, Line.watch("1", serial(), "4250.00"));
        String id = story.openDelivery("DAMAGED_ON_DELIVERY", order, attemptedAt.plus(2, HOURS), "\"refusedAtDoor\": true", "1")
                .get("id").asString();

        JsonNode reported = story.post(201, Role.AGENT, "/api/v1/cases/{id}/damage-report", """
                {"number": "YK-HT-0900", "date": "%s"}""".formatted(reportDate), id);
        assertThat(reported.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(clauseIds(reported.get("decision").get("clauses"))).containsExactly("DLV-3");

        LocalDate dueDay = CALENDAR.addWorkingDays(reportDate, 14);
        assertThat(instantOf(deadline(reported, "REPLACEMENT").get("due"))).isEqualTo(endOfDay(dueDay));
        // The bayram lies inside the period and none of its days is counted; the eve before it is.
        assertThat(bayram).allSatisfy(day -> assertThat(day.date()).isAfter(reportDate).isBeforeOrEqualTo(dueDay));
        LocalDate eve = bayram.getFirst().date().minusDays(1);
        assertThat(CALENDAR.isHalfDayEve(eve)).as("the arife before Kurban Bayramı").isTrue();
        List<LocalDate> counted = assertCountedNoSundayNorHoliday(reportDate, dueDay);
        assertThat(counted).contains(eve).doesNotContainAnyElementsOf(bayram.stream().map(Holiday::date).toList());
        // So the replacement is due later than 14 working days with only the Sundays skipped.
        assertThat(dueDay).isAfter(fourteenDaysSkippingOnlySundays(reportDate));

        // The replacement shipped long after that day is recorded as late: the clock shows the store's breach.
        JsonNode replaced = story.post(201, Role.AGENT, "/api/v1/cases/{id}/replacement", """
                {"carrier": "Aras Kargo", "serialNumbers": ["%s"]}""".formatted(serial()), id);
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
        assertThat(deadline(replaced, "REPLACEMENT").get("met").asBoolean()).isFalse();
        assertThat(last(replaced.get("timeline")).get("details").get("onTime").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("remedy REFUND instead: no replacement clock; finance refunds to the same card by PAY-3, citing DLV-3")
    void refundInsteadOfReplacement() throws Exception {
        Instant now = Instant.now();
        Instant attemptedAt = now.minus(1, DAYS).truncatedTo(ChronoUnit.SECONDS);
        LocalDate reportDate = attemptedAt.atZone(TurkishCalendar.ZONE).toLocalDate();
        String order = story.putOrder("DLV3", Payment.card("WORLD", 1), attemptedAt, Line.watch("1", serial(), "4250.00"));

        JsonNode opened = story.openDelivery("DAMAGED_ON_DELIVERY", order, now.minus(2, HOURS), """
                "remedy": "REFUND", "refusedAtDoor": true, "damageReport": {"number": "YK-HT-0043", "date": "%s"}"""
                .formatted(reportDate), "1");
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(opened.get("remedy").asString()).isEqualTo("REFUND");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-3");
        assertThat(deadline(opened, "REPLACEMENT")).as("nothing is replaced, so no replacement clock").isNull();
        assertThat(strings(opened.get("allowedActions"))).contains("ISSUE_REFUND").doesNotContain("SHIP_REPLACEMENT");

        LocalDate issuedOn = LocalDate.now(TurkishCalendar.ZONE);
        JsonNode refunded = story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", null, id);
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        JsonNode refund = refunded.get("refund");
        assertThat(refund.get("amount").get("amount").asString()).isEqualTo("4250.00");
        assertThat(refund.get("destination").asString()).isEqualTo("SAME_CARD");
        assertThat(clauseIds(refund.get("decision").get("clauses"))).contains("PAY-3");
        assertThat(LocalDate.parse(refund.get("expectedWindow").get("from").asString())).isEqualTo(CALENDAR.addBankDays(issuedOn, 2));
        assertThat(LocalDate.parse(refund.get("expectedWindow").get("until").asString())).isEqualTo(CALENDAR.addBankDays(issuedOn, 10));
        JsonNode event = last(refunded.get("timeline"));
        assertThat(event.get("kind").asString()).isEqualTo("REFUND_ISSUED");
        assertThat(clauseIds(event.get("clauses"))).contains("PAY-3", "DLV-3").doesNotContain("RET-6");
        assertThat(deadline(refunded, "REFUND")).as("RET-6 runs from goods reaching the store; none came back").isNull();
    }

    @Test
    @DisplayName("signed for, not refused: rejected as DLV-3, the reason pointing to DLV-4 (damage noticed after delivery)")
    void signedForIsNotTransportDamage() throws Exception {
        Instant now = Instant.now();
        Instant deliveredAt = now.minus(1, DAYS).truncatedTo(ChronoUnit.SECONDS);
        String order = story.putOrder("DLV3", Payment.card("WORLD", 1), deliveredAt, Line.watch("1", serial(), "4250.00"));

        JsonNode opened = story.openDelivery("DAMAGED_ON_DELIVERY", order, now.minus(1, HOURS), """
                "refusedAtDoor": false, "damageReport": {"number": "YK-HT-0044", "date": "%s"}"""
                .formatted(deliveredAt.atZone(TurkishCalendar.ZONE).toLocalDate()), "1");
        assertThat(opened.get("status").asString()).isEqualTo("REJECTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("DLV-3");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("delivery.damaged.signedFor");
        assertThat(opened.get("decision").get("reason").asString()).contains("DLV-4");
        assertThat(deadline(opened, "REPLACEMENT")).isNull();
        assertThat(strings(opened.get("allowedActions"))).containsExactly("ATTACH");
    }

    /** The end of {@code day} in Istanbul, to the second, as the API shows a deadline. */
    private static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(TurkishCalendar.ZONE).minusSeconds(1).toInstant();
    }

    /**
     * Counts the days after {@code from} up to {@code due} by POLICY.md's working-day rule, independently of
     * {@link TurkishCalendar#addWorkingDays}: every day but a Sunday or a full holiday. Exactly 14 are counted, the
     * due day is one of them, and no Sunday is among them; answers the counted days.
     */
    private static List<LocalDate> assertCountedNoSundayNorHoliday(LocalDate from, LocalDate due) {
        List<LocalDate> counted = new ArrayList<>();
        int sundays = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            boolean fullHoliday = CALENDAR.holidaysOn(day).stream().anyMatch(Holiday::fullDay);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                sundays++;
            } else if (!fullHoliday) {
                counted.add(day);
            }
        }
        assertThat(counted).hasSize(14);
        assertThat(counted.getLast()).isEqualTo(due);
        assertThat(counted).noneMatch(day -> day.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(sundays).as("a period of 14 working days spans at least two Sundays").isGreaterThanOrEqualTo(2);
        return counted;
    }

    private static LocalDate fourteenDaysSkippingOnlySundays(LocalDate from) {
        LocalDate day = from;
        for (int left = 14; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    /** The full days of the latest Kurban Bayramı that ended more than a month before {@code today}. */
    private static List<Holiday> latestPastKurbanBayrami(LocalDate today) {
        for (int year = today.getYear(); year > today.getYear() - 3; year--) {
            List<Holiday> days = CALENDAR.holidaysIn(year).stream()
                    .filter(h -> h.kind() == HolidayKind.RELIGIOUS && h.name().tr().contains("Kurban"))
                    .sorted(Comparator.naturalOrder()).toList();
            if (!days.isEmpty() && days.getLast().date().plusMonths(1).isBefore(today)) {
                return days;
            }
        }
        throw new AssertionError("no Kurban Bayramı found in the last three years");
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID();
    }
}
