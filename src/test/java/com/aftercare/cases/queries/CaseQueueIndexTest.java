package com.aftercare.cases.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.aftercare.cases.CaseQueue.Filter;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue's pages are served by its indexes (V57), not by reading every case: on 100,000 generated and ANALYZEd
 * cases, none of the queue's statements plans a sequential scan of case_file. The rows are generated inside a
 * transaction that is rolled back, so no other test sees them.
 */
@IntegrationTest
@DisplayName("The work queue on 100,000 cases: every page by an index")
class CaseQueueIndexTest {

    @Autowired
    JdbcCaseQueue queue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    @Test
    @DisplayName("the open queue, its overdue part, one type, one status, a role's statuses and the next page")
    void everyQueueQueryUsesAnIndex() throws Exception {
        String order = anOrder();
        Instant now = Instant.now();
        List<Filter> filters = List.of(
                new Filter(null, null, false, 50, null),
                new Filter(null, null, true, 50, null),
                new Filter(CaseType.WARRANTY, null, false, 50, null),
                new Filter(CaseType.RETURN, null, true, 50, null),
                new Filter(null, CaseStatus.IN_REPAIR, false, 50, null),
                new Filter(null, CaseStatus.REFUNDED, false, 50, null),
                new Filter(null, null, false, 50, null, Set.of(CaseStatus.RECEIVED, CaseStatus.IN_REPAIR)));
        transactions.executeWithoutResult(status -> {
            generate(order, 100_000, now);
            jdbc.sql("analyze case_file").update();
            for (Filter filter : filters) {
                assertThat(plan(filter, now)).as("plan of %s", filter).doesNotContain("Seq Scan on case_file")
                        .contains("Index");
            }
            // The next page starts where the first ended, on the same index.
            String cursor = queue.list(filters.getFirst()).next();
            assertThat(cursor).isNotNull();
            assertThat(plan(new Filter(null, null, false, 50, cursor), now)).doesNotContain("Seq Scan on case_file");
            status.setRollbackOnly();
        });
    }

    private String plan(Filter filter, Instant now) {
        JdbcCaseQueue.Query query = queue.query(filter, now);
        return String.join("\n", named.queryForList("explain " + query.sql(), query.params(), String.class));
    }

    /** Cases of every type and status, their next deadlines spread over weeks before and after now, a tenth with none. */
    private void generate(String order, int count, Instant now) {
        String[] types = java.util.Arrays.stream(CaseType.values()).map(Enum::name).toArray(String[]::new);
        String[] statuses = java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toArray(String[]::new);
        jdbc.sql("""
                insert into case_file (id, reference, type, status, order_number, channel, requested_at, policy_version, decision,
                                       opened_by, opened_at, updated_at, next_deadline_kind, next_due, next_clause, queue_due)
                select gen_random_uuid(), 'G-' || i, (:types)[1 + i % cardinality(:types)], (:statuses)[1 + i % cardinality(:statuses)],
                       :order, 'WEB', t.now, '2026.1', '{}', 'generated', t.now, t.now,
                       case when i % 10 = 0 then null else 'REFUND' end,
                       case when i % 10 = 0 then null else t.now + ((i % 2000) - 1000) * interval '1 hour' end,
                       case when i % 10 = 0 then null else 'RET-6' end,
                       case when i % 10 = 0 then timestamptz '9999-12-31 00:00:00+00' else t.now + ((i % 2000) - 1000) * interval '1 hour' end
                  from generate_series(1, :count) i, (select cast(:now as timestamptz) as now) t""")
                .param("types", types).param("statuses", statuses).param("order", order)
                .param("now", java.sql.Timestamp.from(now)).param("count", count)
                .update();
    }

    private String anOrder() throws Exception {
        String number = "IDX-" + UUID.randomUUID().toString().substring(0, 8);
        String document = """
                {"orderNumber": "%s", "placedAt": "2026-01-05T10:00:00+03:00",
                 "customer": {"email": "ayse@example.com", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                 "invoice": {"number": "INV-%s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                 "payment": {"method": "CARD", "cardProgram": null, "installments": 1, "total": {"amount": "4999.90", "currency": "TRY"}},
                 "lines": [{"lineId": "1", "sku": "W-1", "name": "Saat", "category": "WATCH", "serialNumber": "SN-%s", "waterproof": false,
                            "unitPrice": {"amount": "4999.90", "currency": "TRY"}, "quantity": 1}],
                 "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "2026-01-07T14:00:00+03:00", "signedBy": "Ayşe Yılmaz", "remarks": null}}"""
                .formatted(number, number, number);
        int status = mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(document)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        return number;
    }
}
