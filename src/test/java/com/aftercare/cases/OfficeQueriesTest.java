package com.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The SQL behind the back office's search and dashboard, on the real database. The database is
 * shared with the other integration tests, so the figures are checked for this test's own case
 * among whatever else is there.
 */
@IntegrationTest
@DisplayName("The back office's search and dashboard queries")
class OfficeQueriesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CaseSearch search;
    @Autowired
    CaseStatistics statistics;

    private CaseStoryFixture story;
    private String order;
    private String serial;
    private JsonNode opened;

    @BeforeEach
    void a_return_of_one_watch() throws Exception {
        story = new CaseStoryFixture(mvc, tokens);
        serial = "SN-" + UUID.randomUUID();
        order = story.putOrder("SEARCH", Payment.card("WORLD", 1), java.time.Instant.now().minus(3, java.time.temporal.ChronoUnit.DAYS),
                Line.watch("1", serial, "1500.00"));
        opened = story.openReturn(order, "WEB", null, "1");
    }

    @Test
    @DisplayName("by order number, serial number (any case, or a part of them), case reference, e-mail or customer name: the order with its case")
    void search() {
        String reference = opened.get("reference").asString();
        for (String term : new String[] {order, order.toLowerCase(), serial.toLowerCase(), " " + serial + " ", reference.toLowerCase()}) {
            var found = search.search(term);
            assertThat(found).as(term).singleElement().satisfies(hit -> {
                assertThat(hit.orderNumber()).isEqualTo(order);
                assertThat(hit.customerEmail()).isEqualTo("ayse@example.com");
                assertThat(hit.cases()).singleElement().satisfies(c -> {
                    assertThat(c.id().toString()).isEqualTo(opened.get("id").asString());
                    assertThat(c.type()).isEqualTo("RETURN");
                });
            });
        }
        assertThat(search.search("AYSE@example.com")).isNotEmpty().hasSizeLessThanOrEqualTo(CaseSearch.LIMIT)
                .allSatisfy(hit -> assertThat(hit.customerEmail()).isEqualTo("ayse@example.com"))
                .isSortedAccordingTo(java.util.Comparator.comparing(CaseSearch.OrderHit::placedAt).reversed());
        // A part of the number, of the serial number (three characters or more), or of the customer's name.
        for (String part : new String[] {order.substring(2, order.length() - 2), serial.substring(3, serial.length() - 3).toLowerCase()}) {
            assertThat(search.search(part)).as(part).extracting(CaseSearch.OrderHit::orderNumber).contains(order);
        }
        assertThat(search.search("yılmaz")).isNotEmpty().hasSizeLessThanOrEqualTo(CaseSearch.LIMIT)
                .allSatisfy(hit -> assertThat(hit.customerName()).containsIgnoringCase("yılmaz"));
        assertThat(search.search("%")).as("a wildcard is a character like any other").isEmpty();
        assertThat(search.search("no-such-thing-" + UUID.randomUUID())).isEmpty();
        assertThat(search.search("  ")).isEmpty();
    }

    @Test
    @DisplayName("the dashboard's figures count the open return and its decision's reason")
    void figures() {
        CaseStatistics.Figures figures = statistics.figures();
        assertThat(figures.open()).isPositive();
        assertThat(figures.openByType()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("RETURN");
            assertThat(c.count()).isPositive();
        });
        assertThat(figures.openByStatus().stream().mapToLong(CaseStatistics.Count::count).sum()).isEqualTo(figures.open());
        assertThat(figures.overdue()).isBetween(0L, figures.open());
        String reasonKey = opened.get("decision").get("reasonKey").asString();
        assertThat(figures.returnReasons()).extracting(CaseStatistics.Count::key).contains(reasonKey);
        assertThat(figures.loanersOut()).isBetween(0L, figures.loaners());
        if (figures.averageDaysToRefund() != null) {
            assertThat(figures.averageDaysToRefund()).isNotNegative();
        }
        if (figures.averageDaysToRepair() != null) {
            assertThat(figures.averageDaysToRepair()).isNotNegative();
        }
    }
}
