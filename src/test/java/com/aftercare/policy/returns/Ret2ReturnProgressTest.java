package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("RET-2: a return's verdict moves as its facts arrive")
class Ret2ReturnProgressTest {

    private static final Reason WAITING = Reason.of("test.waiting", "waiting");
    private final ReturnReceiptCheck receipt = new ReturnReceiptCheck();

    private static Verdict pendingOn(String... clauses) {
        return Verdict.pending(WAITING, ids("RET-1"), ids(clauses));
    }

    private ReceiptDecision received(Packaging packaging, boolean form, boolean invoice) {
        return receipt.judge(new ReceiptFacts(packaging, form, invoice, InvoiceType.INDIVIDUAL, false));
    }

    @Nested
    @DisplayName("an item, once the goods are received")
    class AfterReceipt {

        @Test
        void a_watch_waiting_only_on_its_box_is_taken_back() {
            Verdict item = ReturnProgress.afterReceipt(pendingOn("GEN-1", "GEN-2", "GEN-4", "DLV-2"),
                    received(Packaging.INTACT, true, true));

            assertThat(item.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(item.appliedClauses()).containsExactly(ClauseId.of("RET-1"), ClauseId.of("GEN-1"), ClauseId.of("GEN-2"));
        }

        @Test
        void a_smart_watch_still_waits_for_its_inspection() {
            Verdict item = ReturnProgress.afterReceipt(pendingOn("GEN-1", "GEN-2", "RET-3", "RET-4"),
                    received(Packaging.INTACT, true, true));

            assertThat(item).isInstanceOfSatisfying(Verdict.Pending.class,
                    pending -> assertThat(pending.stillToCheck()).isEqualTo(ids("RET-3", "RET-4")));
        }

        @Test
        void a_damaged_box_refuses_every_item_with_gen_1_and_gen_2() {
            Verdict item = ReturnProgress.afterReceipt(pendingOn("GEN-1", "GEN-2", "RET-3", "RET-4"),
                    received(Packaging.DAMAGED, true, true));

            assertThat(item.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(item.appliedClauses()).isEqualTo(ids("GEN-1", "GEN-2"));
        }

        @Test
        void an_item_refused_when_opened_stays_refused() {
            Verdict charger = Verdict.rejected(Reason.of("test.charger", "charger"), ClauseId.of("GEN-3"));

            assertThat(ReturnProgress.afterReceipt(charger, received(Packaging.INTACT, true, true))).isSameAs(charger);
        }
    }

    @Nested
    @DisplayName("the whole request")
    class Overall {

        private final Verdict accepted = Verdict.accepted(Reason.of("test.ok", "ok"), ClauseId.of("RET-4"));
        private final Verdict refused = Verdict.rejected(Reason.of("test.no", "no"), ClauseId.of("RET-3"));

        @Test
        void waits_while_the_signed_form_is_missing_even_when_every_item_is_judged() {
            Verdict overall = ReturnProgress.overall(List.of(accepted), received(Packaging.INTACT, false, true).verdict());

            assertThat(overall).isInstanceOfSatisfying(Verdict.Pending.class,
                    pending -> assertThat(pending.stillToCheck()).containsExactly(ClauseId.of("GEN-4")));
        }

        @Test
        void waits_while_an_item_waits() {
            assertThat(ReturnProgress.overall(List.of(accepted, pendingOn("RET-3")), null).outcome()).isEqualTo(Outcome.PENDING);
        }

        @Test
        void is_refused_when_no_item_is_taken_back() {
            Verdict overall = ReturnProgress.overall(List.of(refused, refused), received(Packaging.INTACT, true, true).verdict());

            assertThat(overall.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(overall.appliedClauses()).contains(ClauseId.of("RET-3"), ClauseId.of("GEN-4"));
        }

        @Test
        void is_accepted_in_part_when_some_items_are_taken_back() {
            Verdict overall = ReturnProgress.overall(List.of(accepted, refused), received(Packaging.INTACT, true, true).verdict());

            assertThat(overall.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(overall.reason().key()).isEqualTo("return.progress.partlyAccepted");
            assertThat(overall.reason().defaultText()).startsWith("1 of 2 items");
        }

        @Test
        void is_accepted_when_every_item_is_taken_back() {
            Verdict overall = ReturnProgress.overall(List.of(accepted), received(Packaging.INTACT, true, true).verdict());

            assertThat(overall.reason().key()).isEqualTo("return.progress.accepted");
            assertThat(overall.appliedClauses()).contains(ClauseId.of("RET-4"), ClauseId.of("GEN-1"), ClauseId.of("DLV-2"));
        }
    }
}
