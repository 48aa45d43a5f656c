package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.clauseIds;
import static com.aftercare.cases.CaseStoryFixture.deadline;
import static com.aftercare.cases.CaseStoryFixture.instantOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.PeriodEnd;
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
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * RET-1 at the API's edge: the 14 days counted from the delivery day in Istanbul, to the minute,
 * as a case opened with the moment the customer asked sees them.
 */
@IntegrationTest
@DisplayName("RET-1: the return window, as the API opens cases")
class Ret1ReturnWindowApiTest {

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

    @ParameterizedTest(name = "asked at {1} on day {0} after delivery: {2}")
    @CsvSource({
            "14, 23:59,    PENDING",
            "14, 23:59:59, PENDING",
            "15, 00:00,    REJECTED",
            "15, 09:30,    REJECTED"})
    @DisplayName("the window closes at the end of day 14 (Istanbul) when day 14 is an ordinary day")
    void endOfDay14(int day, LocalTime at, String outcome) throws Exception {
        // A delivery day whose 14th day is neither a Sunday nor a holiday, far enough back that day 15 is past.
        LocalDate delivered = deliveryDay(period -> !period.extended());
        JsonNode opened = openAsked(delivered, day, at);

        JsonNode window = deadline(opened, "RETURN_WINDOW");
        assertThat(window.get("clause").asString()).isEqualTo("RET-1");
        assertThat(instantOf(window.get("due"))).isEqualTo(delivered.plusDays(14).atTime(23, 59, 59).atZone(TurkishCalendar.ZONE).toInstant());
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo(outcome);
        if (outcome.equals("PENDING")) {
            assertThat(opened.get("status").asString()).isEqualTo("REQUESTED");
            assertThat(window.get("met").asBoolean()).isTrue();
            assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("RET-1");
        } else {
            assertThat(opened.get("status").asString()).isEqualTo("REJECTED");
            assertThat(window.get("met").asBoolean()).isFalse();
            assertThat(window.get("met").isBoolean()).isTrue();
            assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("RET-1");
            assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("return.window.closed");
            assertThat(opened.get("items").get(0).get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        }
    }

    @Test
    @DisplayName("when day 14 is a Sunday, a request on Monday (day 15) is still in time")
    void day14OnASundayMovesTheEnd() throws Exception {
        LocalDate delivered = deliveryDay(period -> period.nominalEnd().getDayOfWeek() == DayOfWeek.SUNDAY
                && period.end().equals(period.nominalEnd().plusDays(1)));
        JsonNode opened = openAsked(delivered, 15, LocalTime.of(18, 0));
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("PENDING");
        assertThat(instantOf(deadline(opened, "RETURN_WINDOW").get("due")))
                .isEqualTo(delivered.plusDays(15).atTime(23, 59, 59).atZone(TurkishCalendar.ZONE).toInstant());
    }

    @Test
    @DisplayName("goods not delivered yet: REJECTED with return.notDelivered, and no window runs")
    void notDelivered() throws Exception {
        String order = story.putOrder("UNDELIVERED", Payment.card("WORLD", 1), null,
                Line.watch("1", "SN-" + UUID.randomUUID(), "1999.00"));
        JsonNode opened = story.openReturn(order, "WEB", null, "1");

        assertThat(opened.get("status").asString()).isEqualTo("REJECTED");
        assertThat(opened.get("decision").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(opened.get("decision").get("reasonKey").asString()).isEqualTo("return.notDelivered");
        assertThat(clauseIds(opened.get("decision").get("clauses"))).containsExactly("RET-1");
        assertThat(opened.get("deadlines")).isEmpty();
        // A refused request allows no step of the return.
        story.post(409, Role.AGENT, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Aras Kargo", "storeArranged": true}""", opened.get("id").asString());
    }

    /** Opens a RETURN of an order delivered at 11:00 on {@code delivered}, asked at {@code at} on that day plus {@code day}. */
    private JsonNode openAsked(LocalDate delivered, int day, LocalTime at) throws Exception {
        Instant deliveredAt = delivered.atTime(11, 0).atZone(TurkishCalendar.ZONE).toInstant();
        Instant askedAt = delivered.plusDays(day).atTime(at).atZone(TurkishCalendar.ZONE).toInstant();
        String order = story.putOrder("RET1", Payment.card("WORLD", 1), deliveredAt,
                Line.watch("1", "SN-" + UUID.randomUUID(), "1999.00"));
        JsonNode opened = story.openReturn(order, "PHONE", askedAt, "1");
        assertThat(instantOf(opened.get("requestedAt"))).isEqualTo(askedAt.truncatedTo(ChronoUnit.SECONDS));
        return opened;
    }

    /** The latest delivery day, at least 20 days back so that every moment asked is in the past, whose 14-day period fits. */
    private static LocalDate deliveryDay(Predicate<PeriodEnd> fits) {
        LocalDate day = LocalDate.now(TurkishCalendar.ZONE).minusDays(20);
        for (int i = 0; i < 400; i++, day = day.minusDays(1)) {
            if (fits.test(CALENDAR.periodEndOf(day, 14))) {
                return day;
            }
        }
        throw new IllegalStateException("no delivery day in the last year fits");
    }
}
