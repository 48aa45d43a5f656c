package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.DeliveryFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DLV-5: a missing item is noted on the delivery before signing for the rest")
class Dlv5MissingItemTest {

    private final MissingItem rule = new MissingItem();

    @Test
    void noted_on_the_delivery_is_shipped_at_the_stores_cost() {
        Verdict verdict = rule.judge(new ShortageFacts(true, null));

        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(verdict.appliedClauses()).isEqualTo(ids("DLV-5"));
        assertThat(verdict.reason().key()).isEqualTo("delivery.missing.noted");
        assertThat(verdict.reason().defaultText()).contains("at its own cost");
    }

    @Test
    void noted_wins_over_an_investigation_that_found_nothing_missing() {
        assertThat(rule.judge(new ShortageFacts(true, false)).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Nested
    @DisplayName("not noted on the delivery")
    class NotNoted {

        @ParameterizedTest(name = "noted={0} -> {1}")
        @CsvSource(nullValues = "null", value = {
                "false, delivery.missing.investigating",
                "null,  delivery.missing.noteToConfirm",
        })
        void is_investigated_not_refused(Boolean noted, String key) {
            Verdict verdict = rule.judge(new ShortageFacts(noted, null));

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(verdict.appliedClauses()).isEmpty();
            assertThat(((Verdict.Pending) verdict).stillToCheck()).isEqualTo(ids("DLV-5"));
            assertThat(verdict.reason().key()).isEqualTo(key);
        }

        @ParameterizedTest(name = "noted={0}, found missing={1} -> {2}")
        @CsvSource(nullValues = "null", value = {
                "false, true,  ACCEPTED, delivery.missing.confirmed",
                "false, false, REJECTED, delivery.missing.notConfirmed",
                "null,  true,  ACCEPTED, delivery.missing.confirmed",
                "null,  false, REJECTED, delivery.missing.notConfirmed",
        })
        void the_investigation_decides(Boolean noted, boolean foundMissing, Outcome outcome, String key) {
            Verdict verdict = rule.judge(new ShortageFacts(noted, null).investigated(foundMissing));

            assertThat(verdict.outcome()).isEqualTo(outcome);
            assertThat(verdict.appliedClauses()).isEqualTo(ids("DLV-5"));
            assertThat(verdict.reason().key()).isEqualTo(key);
        }
    }

    @Nested
    @DisplayName("the note read from the delivery's remarks: text counts only when an agent confirms it")
    class FromRemarks {

        @ParameterizedTest(name = "remarks [{0}], agent confirms {1} -> noted {2}")
        @CsvSource(nullValues = "null", value = {
                "null,                         null,  false",
                "'',                           true,  false",   // blank remarks note nothing, whatever is claimed
                "'   ',                        null,  false",
                "'kutu eksik: 1 kayış yok',    null,  null",    // text, not read yet: unconfirmed
                "'kutu eksik: 1 kayış yok',    true,  true",
                "'kapıya bırakıldı',           false, false",   // text that is not about a shortage
        })
        void the_note(String remarks, Boolean agentConfirms, Boolean noted) {
            assertThat(ShortageFacts.fromRemarks(remarks, agentConfirms).notedOnDelivery()).isEqualTo(noted);
        }

        @Test
        void confirmed_remarks_are_accepted_and_unread_remarks_wait() {
            assertThat(rule.judge(ShortageFacts.fromRemarks("1 kayış eksik", true)).outcome())
                    .isEqualTo(Outcome.ACCEPTED);
            assertThat(rule.judge(ShortageFacts.fromRemarks("1 kayış eksik", null)).outcome())
                    .isEqualTo(Outcome.PENDING);
            assertThat(rule.judge(ShortageFacts.fromRemarks("", null)).reason().key())
                    .isEqualTo("delivery.missing.investigating");
        }
    }
}
