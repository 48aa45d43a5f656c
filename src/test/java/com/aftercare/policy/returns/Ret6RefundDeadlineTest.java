package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.CALENDAR;
import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.calendar.DayCount;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("RET-6: the refund is issued within 14 days of the goods reaching the store")
class Ret6RefundDeadlineTest {

    private final RefundDeadline deadline = new RefundDeadline(POLICY, CALENDAR);

    @ParameterizedTest(name = "received {0} -> due {1}")
    @CsvSource({
            "2026-03-02T10:00, 2026-03-16",   // an ordinary Monday
            "2026-02-08T10:00, 2026-02-23",   // day 14 a Sunday: Monday
            "2026-05-12T23:59, 2026-05-26",   // day 14 the eve of Kurban Bayramı: a half day does not move the end
            "2026-05-13T00:00, 2026-06-01",   // one minute later day 14 is the bayram: past it and the Sunday
            "2026-05-15T09:00, 2026-06-01",   // day 14 is 29 May, in the bayram
    })
    void the_due_day_counted_from_the_day_of_receipt_in_istanbul(String received, LocalDate due) {
        RefundDue refund = deadline.judge(istanbul(received), null);

        assertThat(refund.period().end()).isEqualTo(due);
        assertThat(refund.clause()).isEqualTo(ClauseId.of("RET-6"));
        assertThat(refund.met()).isNull();
        assertThat(refund.reason().key()).isEqualTo("refund.due");
    }

    @Nested
    @DisplayName("received at the last minute of Wed 13 May 2026: day 14 falls in Kurban Bayramı")
    class DueAfterBayram {

        private final Instant received = istanbul("2026-05-13T23:59");

        @Test
        void the_refund_is_due_at_the_end_of_monday_1_june() {
            RefundDue refund = deadline.judge(received, null);

            assertThat(refund.period().nominalEnd()).isEqualTo(LocalDate.of(2026, 5, 27));
            assertThat(refund.period().end()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(refund.lastMoment().toOffsetDateTime())
                    .isEqualTo(OffsetDateTime.of(2026, 6, 1, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(3)));
            assertThat(refund.reason().defaultText()).isEqualTo("The refund is due by the end of 2026-06-01"
                    + " (Istanbul time): 14 days from the goods reaching the store on 2026-05-13.");
        }

        @ParameterizedTest(name = "issued {0} -> met={1}")
        @CsvSource({
                "2026-05-20T10:00, true,  refund.issuedInTime",
                "2026-06-01T23:59, true,  refund.issuedInTime",
                "2026-06-02T00:00, false, refund.issuedLate",
        })
        void issued_by_23_59_of_the_due_day_is_in_time_and_at_midnight_is_late(String issued, boolean met,
                String key) {
            RefundDue refund = deadline.judge(received, istanbul(issued));

            assertThat(refund.met()).isEqualTo(met);
            assertThat(refund.reason().key()).isEqualTo(key);
            assertThat(refund.clause()).isEqualTo(ClauseId.of("RET-6"));
        }

        @Test
        void midnight_in_istanbul_is_21_00_utc() {
            assertThat(deadline.judge(received, Instant.parse("2026-06-01T20:59:59Z")).met()).isTrue();
            assertThat(deadline.judge(received, Instant.parse("2026-06-01T21:00:00Z")).met()).isFalse();
        }
    }

    @Test
    void the_period_is_the_policy_files() {
        RefundDeadline sevenDays = new RefundDeadline(PolicyFixture.withRefundDeadline(new Period(7, DayCount.DAYS)),
                CALENDAR);

        assertThat(sevenDays.judge(istanbul("2026-03-02T10:00"), null).period().end()).isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
