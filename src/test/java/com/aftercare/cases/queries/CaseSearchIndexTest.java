package com.aftercare.cases.queries;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search's own statement (a case's serial number or reference) is served by indexes, not by reading every case
 * item: on 50,000 generated and ANALYZEd cases with their items, in a transaction rolled back.
 */
@IntegrationTest
@DisplayName("The office search on 50,000 cases: a serial number or a reference by an index")
class CaseSearchIndexTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcCaseSearch search;

    @Test
    @DisplayName("plans no sequential scan of case_item or case_file, and still finds a serial in another case")
    void servedByIndexes() {
        transactions.executeWithoutResult(status -> {
            String order = jdbc.sql("select order_number from orders order by order_number limit 1").query(String.class).single();
            jdbc.sql("""
                    insert into case_file (id, reference, type, status, order_number, channel, requested_at, policy_version,
                                           decision, opened_by, opened_at, updated_at)
                    select gen_random_uuid(), 'S-' || i, 'WARRANTY', 'REQUESTED', :order, 'WEB', now(), '2026.1', '{}',
                           'generated', now(), now()
                      from generate_series(1, 50000) i""").param("order", order).update();
            jdbc.sql("""
                    insert into case_item (case_id, position, line_id, serial_numbers, quantity, sku, name, category,
                                           unit_price, currency, verdict)
                    select id, 0, '1', array['Sn-' || reference], 1, 'W-1', 'Saat', 'WATCH', 1.00, 'TRY', '{}'
                      from case_file where reference like 'S-%'""").update();
            jdbc.sql("analyze case_file").update();
            jdbc.sql("analyze case_item").update();
            String plan = String.join("\n", named.queryForList("explain " + JdbcCaseSearch.ORDERS_BY_CASE_SERIAL_OR_REFERENCE,
                    Map.of("q", "SN-S-4711"), String.class));
            assertThat(plan).doesNotContain("Seq Scan on case_item").doesNotContain("Seq Scan on case_file")
                    .contains("case_item_by_lower_serial");
            List<String> found = named.queryForList(JdbcCaseSearch.ORDERS_BY_CASE_SERIAL_OR_REFERENCE,
                    Map.of("q", "SN-S-4711"), String.class);
            assertThat(found).containsExactly(order);
            status.setRollbackOnly();
        });
    }
}
