import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The benchmark's data: orders to import, and cases made in bulk by SQL from the cases the service opened. */
final class Data {

    private static final String[] FIRST = {"Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Ahmet", "Fatma", "Emre", "Selin",
        "Burak", "Deniz", "Can", "Ece", "Kerem", "Merve", "Onur", "Gizem", "Tolga", "Derya", "Umut"};
    private static final String[] LAST = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
        "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"};

    private Data() {
    }

    static String orderNumber(String run, int i) {
        return "B" + run + "-" + i;
    }

    static String customerName(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + (i / 400 == 0 ? "" : " " + i / 400);
    }

    /**
     * Orders as the shop's system sends them (NDJSON, one smart watch each, delivered two days ago, so that a return
     * is within its window), generated lazily: the generator holds one line at a time.
     */
    static InputStream orders(String run, int from, int to) {
        OffsetDateTime delivered = OffsetDateTime.now(ZoneOffset.ofHours(3)).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        String deliveredAt = delivered.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String placedAt = delivered.minusDays(3).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new InputStream() {
            private int next = from;
            private byte[] line = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                if (position == line.length && !advance()) {
                    return -1;
                }
                return line[position++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position == line.length && !advance()) {
                    return -1;
                }
                int n = Math.min(length, line.length - position);
                System.arraycopy(line, position, buffer, offset, n);
                position += n;
                return n;
            }

            private boolean advance() {
                if (next == to) {
                    return false;
                }
                line = order(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
                return true;
            }

            private String order(int i) {
                String number = orderNumber(run, i);
                return """
                        {"orderNumber":"%1$s","placedAt":"%2$s","customer":{"email":"customer%4$d@example.com","name":"%5$s","phone":"0555 000 00 00","locale":"tr"},\
                        "invoice":{"number":"INV-%1$s","type":"INDIVIDUAL","taxNumber":null,"companyName":null},\
                        "payment":{"method":"CARD","cardProgram":null,"installments":1,"total":{"amount":"8999.90","currency":"TRY"}},\
                        "lines":[{"lineId":"1","sku":"SW-40","name":"Akıllı Saat 40 mm","category":"SMART_WATCH","serialNumber":"SN%1$s","waterproof":true,\
                        "unitPrice":{"amount":"8999.90","currency":"TRY"},"quantity":1}],\
                        "delivery":{"carrier":"Yurtiçi Kargo","deliveredAt":"%3$s","signedBy":"%5$s","remarks":null}}
                        """.formatted(number, placedAt, deliveredAt, i, customerName(i));
            }
        };
    }

    /**
     * Brings the number of cases up to {@code total} by copying the cases the service opened itself (every type and
     * status there is, their decisions, items and deadlines), onto the run's orders: 3 in 10 closed, the open ones'
     * next deadlines spread from 40 days ago to 40 days ahead, a tenth of them with none. They go on the run's orders
     * from {@code firstOrder} on, which P1 and the floor leave alone (a copied return takes its order's line). Answers
     * the cases made.
     */
    static long growCases(Connection db, String run, int firstOrder, long total) throws SQLException {
        long have = count(db, "select count(*) from case_file");
        if (have >= total) {
            return 0;
        }
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists bench_template");
            s.execute("""
                    create unlogged table bench_template as
                    select row_number() over (order by opened_at, id) - 1 as n, id, type, status
                      from (select distinct on (type, status) * from case_file
                             where reference not like 'BC%' order by type, status, opened_at) t""");
            s.execute("drop table if exists bench_orders");
            s.execute("create unlogged table bench_orders as select row_number() over (order by order_number) - 1 as n, order_number"
                    + " from orders where order_number like 'B" + run + "-%'"
                    + " and cast(split_part(order_number, '-', 2) as integer) >= " + firstOrder);
        }
        long templates = count(db, "select count(*) from bench_template");
        // An older schema (before V57) has no stored next deadline: the copies then carry none either.
        boolean queueColumns = count(db, "select count(*) from information_schema.columns"
                + " where table_name = 'case_file' and column_name = 'queue_due'") == 1;
        String deadlineKind = queueColumns ? "coalesce(t.next_deadline_kind, 'REFUND')" : "'REFUND'";
        String deadlineClause = queueColumns ? "coalesce(t.next_clause, 'RET-6')" : "'RET-6'";
        long orders = count(db, "select count(*) from bench_orders");
        long from = count(db, "select count(*) from case_file where reference like 'BC%'");
        long made = 0;
        long batch = 100_000;
        while (have + made < total) {
            long n = Math.min(batch, total - have - made);
            long first = from + made;
            try (Statement s = db.createStatement()) {
                s.execute("drop table if exists bench_batch");
                s.execute("""
                        create unlogged table bench_batch as
                        select gen_random_uuid() as id, i, t.id as template, t.type,
                               case when i %% 10 < 3 then (case t.type when 'WARRANTY' then 'SENT_BACK' else 'REFUNDED' end)
                                    else t.status end as status,
                               o.order_number,
                               case when i %% 10 < 3 or i %% 10 = 9 then null
                                    else now() + ((i * 7919) %% 1920 - 960) * interval '1 hour' end as next_due,
                               %s as deadline_kind, %s as deadline_clause
                          from generate_series(cast(%d as bigint), cast(%d as bigint)) i
                          join bench_template tt on tt.n = i %% %d
                          join case_file t on t.id = tt.id
                          join bench_orders o on o.n = i %% %d""".formatted(deadlineKind, deadlineClause, first, first + n - 1,
                        templates, orders));
                s.execute("""
                        insert into case_file (id, reference, type, status, order_number, channel, requested_at, description,
                                               policy_version, decision, opened_by, opened_at, updated_at%s)
                        select b.id, 'BC' || b.i, b.type, b.status, b.order_number, 'WEB', now() - interval '3 days', t.description,
                               t.policy_version, t.decision, 'bench', now() - interval '3 days', now() - interval '3 days'%s
                          from bench_batch b join case_file t on t.id = b.template""".formatted(
                        queueColumns ? ", next_deadline_kind, next_due, next_clause, queue_due" : "",
                        queueColumns ? """
                                , case when b.next_due is null then null else b.deadline_kind end, b.next_due,
                                  case when b.next_due is null then null else b.deadline_clause end,
                                  coalesce(b.next_due, timestamptz '9999-12-31 00:00:00+00')""" : ""));
                s.execute("""
                        insert into case_item (case_id, position, line_id, serial_numbers, quantity, sku, name, category,
                                               unit_price, currency, verdict)
                        select b.id, i.position, i.line_id, i.serial_numbers, i.quantity, i.sku, i.name, i.category,
                               i.unit_price, i.currency, i.verdict
                          from bench_batch b join case_item i on i.case_id = b.template""");
                s.execute("""
                        insert into case_deadline (case_id, kind, due, clause)
                        select b.id, b.deadline_kind, b.next_due, b.deadline_clause
                          from bench_batch b where b.next_due is not null""");
            }
            made += n;
        }
        try (Statement s = db.createStatement()) {
            s.execute("drop table bench_batch");
            s.execute("drop table bench_template");
            s.execute("drop table bench_orders");
            s.execute("vacuum analyze case_file");
            s.execute("vacuum analyze case_item");
            s.execute("vacuum analyze case_deadline");
        }
        return made;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
