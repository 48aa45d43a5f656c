package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.CALENDAR;
import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static com.aftercare.policy.returns.PolicyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GEN-3: chargers are never taken back; headphones with an opened hygiene seal are refused")
class Gen3ChargersAndHygieneTest {

    private static final Instant DELIVERED = istanbul("2026-03-02T10:00");
    private static final Instant ASKED = istanbul("2026-03-05T10:00");

    private final ReturnableGoods goods = new ReturnableGoods(POLICY);
    private final WithdrawalInspection inspection = new WithdrawalInspection(POLICY);
    private final ReturnRequestPolicy requests = new ReturnRequestPolicy(POLICY, CALENDAR);

    @Nested
    @DisplayName("when the return is asked for")
    class AtRequest {

        @Test
        void a_charger_is_refused_at_once() {
            Verdict verdict = goods.judge(ProductCategory.CHARGER);

            assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(verdict.appliedClauses()).isEqualTo(ids("GEN-3"));
            assertThat(verdict.reason().key()).isEqualTo("return.goods.neverReturnable");
        }

        @Test
        void headphones_wait_for_the_seal_and_the_inspection() {
            Verdict verdict = goods.judge(ProductCategory.HEADPHONES);

            assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(((Verdict.Pending) verdict).stillToCheck())
                    .isEqualTo(ids("GEN-1", "GEN-2", "GEN-3", "RET-3", "RET-4"));
            assertThat(verdict.reason().key()).isEqualTo("return.goods.hygieneSealAndUse");
            assertThat(verdict.reason().defaultText()).contains("hygiene seal was opened may be refused");
        }

        @Test
        void a_request_of_only_chargers_is_refused_whole() {
            ReturnRequestDecision decision = requests.open(new ReturnRequest(DELIVERED, ASKED, InvoiceType.INDIVIDUAL,
                    List.of(new ReturnItem("L1", ProductCategory.CHARGER), new ReturnItem("L2", ProductCategory.CHARGER))));

            assertThat(decision.overall().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.overall().appliedClauses()).isEqualTo(ids("RET-1", "GEN-3"));
            assertThat(decision.overall().reason().key()).isEqualTo("return.request.nothingReturnable");
            assertThat(decision.items().values()).extracting(Verdict::outcome).containsOnly(Outcome.REJECTED);
        }

        @Test
        void a_charger_beside_a_watch_is_refused_and_the_watch_goes_on() {
            ReturnRequestDecision decision = requests.open(new ReturnRequest(DELIVERED, ASKED, InvoiceType.INDIVIDUAL,
                    List.of(new ReturnItem("L1", ProductCategory.WATCH), new ReturnItem("L2", ProductCategory.CHARGER))));

            assertThat(decision.item("L2").outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.item("L2").appliedClauses()).isEqualTo(ids("GEN-3"));
            assertThat(decision.item("L1").outcome()).isEqualTo(Outcome.PENDING);
            assertThat(decision.overall().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(decision.overall().appliedClauses()).isEqualTo(ids("RET-1", "GEN-3"));
            assertThat(decision.overall().reason().key()).isEqualTo("return.request.partly.checkedAtReceipt");
            assertThat(decision.overall().reason().defaultText()).contains("1 of 2 items can never be returned");
        }
    }

    @Nested
    @DisplayName("after the technical service's inspection")
    class AtInspection {

        @ParameterizedTest(name = "headphones, seal opened={0}, used={1} -> {2} citing {3}")
        @CsvSource(delimiter = '|', value = {
                "true  | false | REJECTED | GEN-3",
                "false | false | ACCEPTED | RET-3 RET-4 GEN-3",
                "true  | true  | REJECTED | RET-3 RET-4 GEN-3",
                "false | true  | REJECTED | RET-3 RET-4",
        })
        void headphones(boolean sealOpened, boolean used, Outcome outcome, String clauses) {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.HEADPHONES, used, false, false,
                    sealOpened, "checked on the bench"));

            assertThat(verdict.outcome()).isEqualTo(outcome);
            assertThat(verdict.appliedClauses()).isEqualTo(ids(clauses.split(" ")));
        }

        @Test
        void an_opened_seal_says_hygiene() {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.HEADPHONES, false, false, false,
                    true, null));

            assertThat(verdict.reason().key()).isEqualTo("return.inspection.hygieneSealOpened");
        }

        @Test
        void a_seal_means_nothing_for_a_watch() {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.WATCH, false, false, false,
                    true, null));

            assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(verdict.appliedClauses()).doesNotContain(ids("GEN-3").getFirst());
        }

        @Test
        void a_charger_that_reached_the_store_anyway_is_still_refused() {
            Verdict verdict = inspection.judge(new InspectionFindings(ProductCategory.CHARGER, false, false, false,
                    false, null));

            assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(verdict.appliedClauses()).isEqualTo(ids("GEN-3"));
        }
    }
}
