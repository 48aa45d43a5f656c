package com.aftercare.policy.delivery;

import static com.aftercare.policy.delivery.DeliveryFixture.POLICY;
import static com.aftercare.policy.delivery.DeliveryFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("DLV-6: a wrong item is refused and the refusal written on the delivery note")
class Dlv6WrongItemTest {

    private final WrongItem rule = new WrongItem();

    @ParameterizedTest(name = "refused and noted, agent finds wrong {0}")
    @CsvSource(nullValues = "null", value = {"null", "false", "true"})
    void refused_and_noted_ships_the_right_item_and_the_wrong_one_comes_back_at_the_stores_cost(Boolean agent) {
        Verdict verdict = rule.judge(new WrongItemFacts(true, agent));

        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(verdict.appliedClauses()).isEqualTo(ids("DLV-6"));
        assertThat(verdict.reason().key()).isEqualTo("delivery.wrongItem.refused");
        assertThat(verdict.reason().defaultText()).contains("ships the right item")
                .contains("comes back at the store's cost");
    }

    @Test
    void accepted_without_a_note_waits_for_the_agent_on_dlv_6() {
        Verdict verdict = rule.judge(new WrongItemFacts(false, null));

        assertThat(verdict.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(verdict.appliedClauses()).isEmpty();
        assertThat(((Verdict.Pending) verdict).stillToCheck()).isEqualTo(ids("DLV-6"));
        assertThat(verdict.reason().key()).isEqualTo("delivery.wrongItem.agentToDecide");
    }

    @ParameterizedTest(name = "accepted without a note, agent finds wrong {0} -> {1}")
    @CsvSource({
            "true,  ACCEPTED, delivery.wrongItem.confirmed",
            "false, REJECTED, delivery.wrongItem.notConfirmed",
    })
    void the_agent_decides(boolean agentFindsWrong, Outcome outcome, String key) {
        Verdict verdict = rule.judge(new WrongItemFacts(false, agentFindsWrong));

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.appliedClauses()).isEqualTo(ids("DLV-6"));
        assertThat(verdict.reason().key()).isEqualTo(key);
        assertThat(verdict.citedIn(POLICY, Locale.of("tr"))).singleElement()
                .satisfies(cited -> assertThat(cited.id()).isEqualTo("DLV-6"));
    }
}
