package com.aftercare.policy;

import java.util.Set;
import java.util.Map;
import java.time.LocalDate;
import com.aftercare.calendar.DayCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The verdict vocabulary")
class VerdictTest {

    private static final ClauseId RET_1 = ClauseId.of("RET-1");
    private static final ClauseId RET_3 = ClauseId.of("RET-3");
    private static final ClauseId RET_4 = ClauseId.of("RET-4");

    @Nested
    class ClauseIds {

        @ParameterizedTest
        @ValueSource(strings = {"RET-1", "STORE-1", "CARE-1", "WAR-9", "EXC-8"})
        void are_a_group_and_a_number(String id) {
            assertThat(ClauseId.of(id).value()).isEqualTo(id);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "RET", "RET-", "RET-0", "ret-1", "RET 1", "RET-1a", "R-1", "RET--1"})
        void refuse_anything_else(String id) {
            assertThatThrownBy(() -> ClauseId.of(id)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("like RET-1");
        }

        @Test
        void order_by_group_then_number() {
            assertThat(List.of(ClauseId.of("WAR-10"), ClauseId.of("WAR-9"), ClauseId.of("EXC-1")).stream().sorted())
                    .extracting(ClauseId::value).containsExactly("EXC-1", "WAR-9", "WAR-10");
        }
    }

    @Nested
    class Verdicts {

        @Test
        void an_accepted_verdict_cites_its_clauses_and_says_why() {
            Verdict verdict = Verdict.accepted(
                    Reason.of("return.withinWindow", "Asked on day {0} of {1}.", 3, 14), RET_1);
            assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(verdict.appliedClauses()).containsExactly(RET_1);
            assertThat(verdict.reason().key()).isEqualTo("return.withinWindow");
            assertThat(verdict.reason().arguments()).containsExactly(3, 14);
            assertThat(verdict.reason().defaultText()).isEqualTo("Asked on day 3 of 14.");
        }

        @Test
        void a_decided_verdict_without_a_clause_is_refused() {
            assertThatThrownBy(() -> Verdict.rejected(Reason.of("return.late", "Too late.")))
                    .hasMessageContaining("cites at least one clause");
        }

        @Test
        void a_pending_verdict_names_what_is_still_to_check() {
            Verdict verdict = Verdict.pending(Reason.of("return.awaitingInspection", "Waiting for the inspection."),
                    List.of(RET_1), List.of(RET_3, RET_4));
            assertThat(verdict).isInstanceOfSatisfying(Verdict.Pending.class,
                    pending -> assertThat(pending.stillToCheck()).containsExactly(RET_3, RET_4));
            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThatThrownBy(() -> Verdict.pending(Reason.of("x", "x"), List.of(RET_1), List.of()))
                    .hasMessageContaining("names the clauses still to check");
        }

        @Test
        void the_outcome_is_exhaustive_over_the_sealed_type() {
            Verdict verdict = Verdict.rejected(Reason.of("return.late", "Too late."), RET_1);
            String shown = switch (verdict) {
                case Verdict.Accepted a -> "accepted";
                case Verdict.Rejected r -> "rejected";
                case Verdict.Pending p -> "pending";
            };
            assertThat(shown).isEqualTo(verdict.outcome().name().toLowerCase(Locale.ROOT));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Return.late", "return..late", "return late"})
        void a_message_key_is_dotted_words(String key) {
            assertThatThrownBy(() -> Reason.of(key, "text")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("citing the applied clauses")
    class Citing {

        private final PolicyVersion version = version(
                new Clause(RET_1, new LocalizedText("Return window", "İade süresi"),
                        new LocalizedText("Within 14 days.", "14 gün içinde."), Map.of()),
                new Clause(RET_3, new LocalizedText("Used electronics", "Kullanılmış elektronik"),
                        new LocalizedText("Used devices are excluded.", "Kullanılmış cihazlar hariçtir."), Map.of()));

        @Test
        void in_english_and_in_turkish() {
            Verdict verdict = Verdict.rejected(Reason.of("return.used", "The device was used."), RET_3, RET_1, RET_3);
            assertThat(verdict.citedIn(version, Locale.ENGLISH)).containsExactly(
                    new CitedClause("RET-3", "Used devices are excluded."), new CitedClause("RET-1", "Within 14 days."));
            assertThat(verdict.citedIn(version, Locale.forLanguageTag("tr-TR"))).containsExactly(
                    new CitedClause("RET-3", "Kullanılmış cihazlar hariçtir."), new CitedClause("RET-1", "14 gün içinde."));
            assertThat(version.cite(RET_1, Locale.GERMAN).text()).as("any other language reads English")
                    .isEqualTo("Within 14 days.");
        }

        @Test
        void a_clause_the_version_lacks_is_a_bug_not_a_blank() {
            assertThatThrownBy(() -> version.cite(RET_4, Locale.ENGLISH))
                    .hasMessageContaining("policy version test has no clause RET-4");
        }

        private static PolicyVersion version(Clause... clauses) {
            var period = new Period(14, DayCount.DAYS);
            return new PolicyVersion("test", LocalDate.of(2024, 1, 1),
                    new StoreContact("Demo", "service@example.com", "0555 000 00 00"), List.of(clauses),
                    new PolicyParameters(new InstallmentRules(12, Map.of()),
                            new BankWindow(2, 10, DayCount.BANK), period, Set.of(),
                            period, Set.of(), Set.of(), List.of("Aras Kargo"), period, 24, period,
                            period, Set.of(NotificationChannel.PHONE),
                            new EntitlementThresholds(4, 12, 6, 2, 4, 6)));
        }
    }
}
