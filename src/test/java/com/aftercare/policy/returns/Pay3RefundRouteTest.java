package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.CALENDAR;
import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("PAY-3: a refund goes back the way the customer paid, and the customer is shown the bank's window")
class Pay3RefundRouteTest {

    private final RefundRoute route = new RefundRoute(POLICY, CALENDAR);

    private static RefundFacts card(int installments, String program, String amount, LocalDate issuedOn) {
        return new RefundFacts(PaymentMethod.CARD, installments, program, new BigDecimal("5000.00"),
                new BigDecimal(amount), "TRY", issuedOn, null);
    }

    private static RefundFacts transfer(String iban) {
        return new RefundFacts(PaymentMethod.BANK_TRANSFER, 1, null, new BigDecimal("1499.90"),
                new BigDecimal("1499.90"), "TRY", LocalDate.of(2026, 3, 5), iban);
    }

    /** A Turkish IBAN for a made-up account: check digits computed here by ISO 13616, not copied from anyone. */
    static String madeUpIban(String bban) {
        int check = 98 - new BigInteger(bban + "2927" + "00").mod(BigInteger.valueOf(97)).intValue();
        return "TR" + String.format("%02d", check) + bban;
    }

    private static final String GOOD = madeUpIban("0001200000000000012345");

    @Nested
    @DisplayName("a card")
    class Card {

        @Test
        void paid_at_once_is_refunded_to_the_same_card() {
            RefundRouteDecision decision = route.judge(card(1, null, "1499.90", LocalDate.of(2026, 3, 5)));

            assertThat(decision.destination()).isEqualTo(RefundDestination.SAME_CARD);
            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("PAY-3"));
            assertThat(decision.reversals()).extracting(InstallmentReversal::amount)
                    .containsExactly(new BigDecimal("1499.90"));
            assertThat(decision.verdict().reason().defaultText()).isEqualTo("The refund of 1499.90 TRY goes back to"
                    + " the card used; the bank is expected to show it between 2026-03-09 and 2026-03-19.");
        }

        @ParameterizedTest(name = "issued {0} -> shown {1} .. {2}")
        @CsvSource({
                "2026-03-05, 2026-03-09, 2026-03-19",   // Thu: the weekend skipped; 19 March, the eve of Ramazan Bayramı, is a bank day
                "2026-03-13, 2026-03-17, 2026-03-30",   // Fri: a weekend, then Ramazan Bayramı 20-22 March with its weekend
                "2026-05-22, 2026-05-26, 2026-06-10",   // Fri: Kurban Bayramı 27-30 May and the weekends
        })
        void the_bank_window_counts_bank_business_days(LocalDate issued, LocalDate earliest, LocalDate latest) {
            RefundRouteDecision decision = route.judge(card(1, null, "100.00", issued));

            assertThat(decision.expectedWindow()).contains(new ExpectedRefundWindow(earliest, latest));
        }

        @ParameterizedTest(name = "{0} in {1} installments -> first {2}, last {3}")
        @CsvSource({
                "1000.00, 3,  333.34, 333.33",
                "100.01,  12, 8.34,   8.33",
                "0.05,    6,  0.01,   0.00",
                "1200.00, 12, 100.00, 100.00",
        })
        void in_installments_the_bank_reverses_the_plan_to_the_kurus(String amount, int installments, String first,
                String last) {
            RefundRouteDecision decision = route.judge(card(installments, null, amount, LocalDate.of(2026, 3, 5)));

            assertThat(decision.destination()).isEqualTo(RefundDestination.CARD_INSTALLMENT_PLAN);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("PAY-3"));
            assertThat(decision.reversals()).hasSize(installments);
            assertThat(decision.reversals()).extracting(InstallmentReversal::installment)
                    .startsWith(1).endsWith(installments);
            assertThat(decision.reversals().getFirst().amount()).isEqualTo(new BigDecimal(first));
            assertThat(decision.reversals().getLast().amount()).isEqualTo(new BigDecimal(last));
            assertThat(decision.reversals().stream().map(InstallmentReversal::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add)).isEqualTo(new BigDecimal(amount));
        }

        @Test
        void the_odd_kurus_go_on_the_first_installments() {
            RefundRouteDecision decision = route.judge(card(12, null, "100.01", LocalDate.of(2026, 3, 5)));

            assertThat(decision.reversals()).extracting(r -> r.amount().toPlainString()).containsExactly(
                    "8.34", "8.34", "8.34", "8.34", "8.34", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33", "8.33");
        }

        @Test
        void a_restricted_card_program_cites_pay_2() {
            RefundRouteDecision decision = route.judge(card(3, "world", "300.00", LocalDate.of(2026, 3, 5)));

            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("PAY-3", "PAY-2"));
            assertThat(decision.verdict().reason().key()).isEqualTo("refund.route.installmentPlan");
        }

        @Test
        void more_installments_than_the_policy_allows_is_a_mistake_in_the_facts() {
            assertThatThrownBy(() -> route.judge(card(13, null, "300.00", LocalDate.of(2026, 3, 5))))
                    .hasMessage("a card payment has 1 to 12 installments, not 13");
        }
    }

    @Nested
    @DisplayName("a bank transfer or cash on delivery")
    class Account {

        @Test
        void goes_to_the_customers_iban() {
            RefundRouteDecision decision = route.judge(transfer(GOOD));

            assertThat(decision.destination()).isEqualTo(RefundDestination.BANK_ACCOUNT);
            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(decision.verdict().appliedClauses()).isEqualTo(ids("PAY-3"));
            assertThat(decision.iban().value()).isEqualTo(GOOD);
            assertThat(decision.expectedWindow()).isEmpty();
            assertThat(decision.reversals()).isEmpty();
        }

        @Test
        void cash_on_delivery_goes_to_an_iban_too() {
            RefundRouteDecision decision = route.judge(new RefundFacts(PaymentMethod.CASH_ON_DELIVERY, 1, null,
                    BigDecimal.TEN, BigDecimal.TEN, "TRY", LocalDate.of(2026, 3, 5), GOOD));

            assertThat(decision.destination()).isEqualTo(RefundDestination.BANK_ACCOUNT);
            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.ACCEPTED);
        }

        @Test
        void without_an_iban_it_waits_for_one() {
            RefundRouteDecision decision = route.judge(transfer(null));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(((Verdict.Pending) decision.verdict()).stillToCheck()).isEqualTo(ids("PAY-3"));
            assertThat(decision.verdict().reason().key()).isEqualTo("refund.route.ibanNeeded");
        }

        @Test
        void with_a_bad_iban_it_waits_and_says_what_is_wrong() {
            RefundRouteDecision decision = route.judge(transfer("DE89370400440532013000"));

            assertThat(decision.verdict().outcome()).isEqualTo(Outcome.PENDING);
            assertThat(decision.verdict().reason().key()).isEqualTo("refund.route.ibanInvalid");
            assertThat(decision.verdict().reason().defaultText()).isEqualTo("The IBAN the customer gave cannot be"
                    + " used: a Turkish IBAN starts with TR, not \"DE\". Ask the customer for it again.");
            assertThat(decision.iban()).isNull();
        }
    }

    @Nested
    @DisplayName("a Turkish IBAN")
    class Ibans {

        @Test
        void a_made_up_account_with_computed_check_digits_is_valid_written_either_way() {
            assertThat(Iban.problemWith(GOOD)).isEmpty();
            String paper = Iban.parse(GOOD).formatted();
            assertThat(paper).matches("TR\\d{2}( \\d{4}){5} \\d{2}");
            assertThat(Iban.parse(paper.toLowerCase()).value()).isEqualTo(GOOD);
        }

        @Test
        void the_iban_registrys_published_example_is_valid() {
            assertThat(Iban.problemWith("TR33 0006 1005 1978 6457 8413 26")).isEmpty();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "''                             | an IBAN is required",
                "DE89370400440532013000         | a Turkish IBAN starts with TR, not \"DE\"",
                "X                              | a Turkish IBAN starts with TR, not \"X\"",
                "TR33000610051978645784132A     | a Turkish IBAN has only digits after TR, but character 26 is \"A\"",
                "TR33-0006-1005-1978-6457-8413-26 | a Turkish IBAN has only digits after TR, but character 5 is \"-\"",
                "TR3300061005197864578413       | a Turkish IBAN is TR and 24 digits (26 characters), not 24 characters",
                "TR3300061005197864578413266    | a Turkish IBAN is TR and 24 digits (26 characters), not 27 characters",
                "TR330006100519786457841327     | the check digits 33 do not match the rest of the IBAN (ISO 13616 mod 97): a digit is mistyped or two are swapped",
                "TR330006100519786457841362     | the check digits 33 do not match the rest of the IBAN (ISO 13616 mod 97): a digit is mistyped or two are swapped",
        })
        void a_bad_one_is_refused_with_what_is_wrong(String text, String problem) {
            assertThat(Iban.problemWith(text)).contains(problem);
            assertThatThrownBy(() -> Iban.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(problem);
        }

        @Test
        void every_single_digit_mistyped_is_caught() {
            for (int i = 2; i < GOOD.length(); i++) {
                char original = GOOD.charAt(i);
                char typo = original == '9' ? '0' : (char) (original + 1);
                String mistyped = GOOD.substring(0, i) + typo + GOOD.substring(i + 1);
                assertThat(Iban.problemWith(mistyped)).as(mistyped).isPresent();
            }
        }
    }
}
