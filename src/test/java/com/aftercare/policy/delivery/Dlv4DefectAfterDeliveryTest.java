package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.DeliveryFixture.CALENDAR;
import static com.aftercare.policy.delivery.DeliveryFixture.POLICY;
import static com.aftercare.policy.delivery.DeliveryFixture.ids;
import static com.aftercare.policy.delivery.DeliveryFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.calendar.DayCount;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Period;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DLV-4: damage noticed after delivery is examined; not the customer's doing, the unit is replaced")
class Dlv4DefectAfterDeliveryTest {

    private final DefectAfterDelivery rule = new DefectAfterDelivery(POLICY, CALENDAR);

    /** Mon 2 March 2026: RET-1's day 14 is Mon 16 March, no holiday near. */
    private final Instant delivered = istanbul("2026-03-02T10:00");
    private final Instant askedInWindow = istanbul("2026-03-05T11:00");

    @Nested
    @DisplayName("before the examination")
    class Waiting {

        @Test
        void photos_not_received_waits_on_dlv_4_for_them() {
            DefectDecision decision = rule.judge(DefectFacts.awaitingExamination(false, delivered, askedInWindow));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(decision.verdict().appliedClauses()).isEmpty();
            assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-4"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.defect.photosRequested");
            assertThat(decision.verdict().reason().defaultText()).contains("Customer services asked")
                    .contains("for photos");
            assertThat(decision.suggestWarranty()).isFalse();
        }

        @ParameterizedTest(name = "photos still missing, asked {0}")
        @CsvSource({"2026-03-02T10:05", "2026-03-16T23:59", "2026-09-01T09:00", "2027-12-31T23:59"})
        void photos_that_never_arrive_keep_it_pending_never_refused(String asked) {
            DefectDecision decision = rule.judge(DefectFacts.awaitingExamination(false, delivered, istanbul(asked)));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-4"));
        }

        @Test
        void photos_received_waits_on_the_examination() {
            DefectDecision decision = rule.judge(DefectFacts.awaitingExamination(true, delivered, askedInWindow));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-4"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.defect.examinationPending");
        }
    }

    @Nested
    @DisplayName("the examination decides")
    class Examined {

        @Test
        void not_caused_by_the_customer_is_replaced_and_travels_back_with_the_signed_return_fields() {
            DefectDecision decision = rule.judge(DefectFacts.examined(false, delivered, askedInWindow));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("DLV-4", "GEN-4"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.defect.replaced");
            assertThat(decision.verdict().reason().defaultText()).contains("replaced one-to-one")
                    .contains("return fields of the invoice filled in and signed");
            assertThat(decision.verdict().citedIn(POLICY, Locale.of("tr"))).hasSize(2);
        }

        @Test
        void caused_by_the_customer_is_rejected_on_dlv_4() {
            DefectDecision decision = rule.judge(DefectFacts.examined(true, delivered, askedInWindow));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("DLV-4"));
            assertThat(decision.verdict().reason().key()).isEqualTo("delivery.defect.customerCaused");
        }

        @ParameterizedTest(name = "customer caused: {0} -> {1}")
        @CsvSource({"false, ACCEPTED", "true, REJECTED"})
        void the_finding_decides_even_without_photos_and_after_the_return_window(boolean customerCaused,
                Outcome outcome) {
            DefectDecision decision = rule.judge(new DefectFacts(false, true, customerCaused, delivered,
                    istanbul("2026-09-01T09:00")));

            assertThat(decision.verdict().outcome()).isEqualTo(outcome);
            assertThat(decision.suggestWarranty()).isFalse();
        }
    }

    @Nested
    @DisplayName("the warranty is suggested after RET-1's window: delivered Mon 2 March, day 14 is Mon 16 March")
    class WarrantySuggestion {

        @ParameterizedTest(name = "asked {0}, photos {1} -> suggest warranty {2}")
        @CsvSource({
                "2026-03-16T23:59, false, false, delivery.defect.photosRequested",
                "2026-03-17T00:00, false, true,  delivery.defect.photosRequestedWarrantySuggested",
                "2026-03-16T23:59, true,  false, delivery.defect.examinationPending",
                "2026-03-17T00:00, true,  true,  delivery.defect.examinationPendingWarrantySuggested",
        })
        void day_14_is_inside_and_day_15_suggests_the_warranty_while_staying_pending_on_dlv_4(String asked,
                boolean photos, boolean suggested, String key) {
            DefectDecision decision = rule.judge(DefectFacts.awaitingExamination(photos, delivered, istanbul(asked)));

            assertThat(decision.suggestWarranty()).isEqualTo(suggested);
            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("DLV-4"));
            assertThat(decision.verdict().appliedClauses()).isEqualTo(suggested ? ids("RET-1") : ids());
            assertThat(decision.verdict().reason().key()).isEqualTo(key);
            assertThat(decision.returnWindow().end()).isEqualTo(LocalDate.of(2026, 3, 16));
        }

        @Test
        void the_suggestion_names_the_window_and_leaves_the_choice_to_the_agent() {
            DefectDecision decision = rule.judge(DefectFacts.awaitingExamination(false, delivered,
                    istanbul("2026-03-17T00:00")));

            assertThat(decision.verdict().reason().defaultText()).isEqualTo("Customer services asked the customer"
                    + " for photos of the damage or defect. The report came after the 14-day return window from"
                    + " delivery on 2026-03-02 closed at the end of 2026-03-16: DLV-4 sets no time limit, but the"
                    + " warranty may suit the customer better; the agent chooses.");
        }

        @ParameterizedTest(name = "delivered Wed 13 May 2026, asked {0} -> suggest warranty {1}")
        @CsvSource({
                "2026-05-28T10:00, false",   // day 15, but RET-1's day 14 fell in Kurban Bayramı
                "2026-06-01T23:59, false",   // the window's true last day
                "2026-06-02T00:00, true",
        })
        void the_window_is_counted_as_ret_1_counts_it(String asked, boolean suggested) {
            DefectDecision decision = rule.judge(DefectFacts.awaitingExamination(false,
                    istanbul("2026-05-13T11:00"), istanbul(asked)));

            assertThat(decision.suggestWarranty()).isEqualTo(suggested);
            assertThat(decision.returnWindow().end()).isEqualTo(LocalDate.of(2026, 6, 1));
        }

        @Test
        void the_window_is_the_policy_files() {
            DefectAfterDelivery longer = new DefectAfterDelivery(
                    DeliveryFixture.withReturnWindow(new Period(30, DayCount.DAYS)), CALENDAR);
            DefectFacts dayFifteen = DefectFacts.awaitingExamination(false, delivered, istanbul("2026-03-17T00:00"));

            assertThat(rule.judge(dayFifteen).suggestWarranty()).isTrue();
            assertThat(longer.judge(dayFifteen).suggestWarranty()).isFalse();
        }
    }

    @Test
    void a_finding_belongs_to_an_examination_that_is_done() {
        assertThatThrownBy(() -> new DefectFacts(true, true, null, delivered, askedInWindow))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DefectFacts(true, false, false, delivered, askedInWindow))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
