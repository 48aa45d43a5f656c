package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.PolicyFixture.CALENDAR;
import static com.aftercare.policy.returns.PolicyFixture.POLICY;
import static com.aftercare.policy.returns.PolicyFixture.ids;
import static com.aftercare.policy.returns.PolicyFixture.istanbul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.policy.Outcome;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RET-2: the verdict a return request opens with, for the whole request and for each item")
class Ret2ReturnRequestTest {

    private static final Instant DELIVERED = istanbul("2026-05-13T11:00");

    private final ReturnRequestPolicy requests = new ReturnRequestPolicy(POLICY, CALENDAR);

    private static ReturnRequest request(Instant delivered, String asked, ReturnItem... items) {
        return new ReturnRequest(delivered, istanbul(asked), InvoiceType.INDIVIDUAL, List.of(items));
    }

    @Test
    void in_time_every_item_waits_and_the_request_waits_for_the_union_of_their_checks() {
        ReturnRequestDecision decision = requests.open(request(DELIVERED, "2026-06-01T23:59",
                new ReturnItem("L1", ProductCategory.WATCH), new ReturnItem("L2", ProductCategory.SMART_WATCH),
                new ReturnItem("L3", ProductCategory.HEADPHONES)));

        assertThat(decision.overall().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(decision.overall().appliedClauses()).isEqualTo(ids("RET-1"));
        assertThat(((Verdict.Pending) decision.overall()).stillToCheck())
                .isEqualTo(ids("DLV-2", "GEN-1", "GEN-2", "GEN-3", "GEN-4", "RET-3", "RET-4"));
        assertThat(decision.overall().reason().key()).isEqualTo("return.request.checkedAtReceipt");
        assertThat(decision.items().keySet()).containsExactly("L1", "L2", "L3");
        assertThat(decision.items().values()).extracting(Verdict::outcome).containsOnly(Outcome.PENDING);
        assertThat(decision.window().deadline().end()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void a_watch_alone_waits_only_for_the_receipt_checks() {
        ReturnRequestDecision decision = requests.open(request(DELIVERED, "2026-05-20T10:00",
                new ReturnItem("L1", ProductCategory.WATCH)));

        assertThat(((Verdict.Pending) decision.overall()).stillToCheck())
                .isEqualTo(ids("DLV-2", "GEN-1", "GEN-2", "GEN-4"));
    }

    @Test
    void outside_the_window_the_whole_request_and_every_item_are_refused_by_ret_1() {
        ReturnRequestDecision decision = requests.open(request(DELIVERED, "2026-06-02T00:00",
                new ReturnItem("L1", ProductCategory.WATCH), new ReturnItem("L2", ProductCategory.CHARGER)));

        assertThat(decision.overall().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.overall().appliedClauses()).isEqualTo(ids("RET-1"));
        assertThat(decision.overall().reason().key()).isEqualTo("return.window.closed");
        assertThat(decision.items().values()).extracting(Verdict::appliedClauses).containsOnly(ids("RET-1"));
        assertThat(decision.window().lastMoment()).isPresent();
    }

    @Test
    void before_delivery_the_request_is_refused_and_has_no_window() {
        ReturnRequestDecision decision = requests.open(request(null, "2026-05-12T10:00",
                new ReturnItem("L1", ProductCategory.WATCH)));

        assertThat(decision.overall().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.overall().appliedClauses()).isEqualTo(ids("RET-1"));
        assertThat(decision.overall().reason().key()).isEqualTo("return.notDelivered");
        assertThat(decision.window().deadline()).isNull();
    }

    @Test
    void a_request_names_at_least_one_item_and_each_line_once() {
        assertThatThrownBy(() -> request(DELIVERED, "2026-05-20T10:00"))
                .hasMessage("a return names at least one item");
        assertThatThrownBy(() -> request(DELIVERED, "2026-05-20T10:00",
                new ReturnItem("L1", ProductCategory.WATCH), new ReturnItem("L1", ProductCategory.WATCH)))
                .hasMessage("line L1 is named twice in one return");
    }
}
