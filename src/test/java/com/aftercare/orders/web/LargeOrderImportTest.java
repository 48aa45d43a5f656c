package com.aftercare.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.orders.SerialNumber;
import com.aftercare.support.IntegrationTest;
import java.io.BufferedReader;
import java.io.Reader;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

/**
 * 100,000 orders in one file, generated as they are read: the import must stream them (memory
 * for one batch) and store every one. Runs in well under a minute on two cores.
 */
@IntegrationTest
class LargeOrderImportTest {

    static final int ORDERS = 100_000;

    @Autowired
    OrderImport orderImport;
    @Autowired
    ObjectMapper json;
    @Autowired
    Orders orders;

    @Test
    @DisplayName("100,000 NDJSON lines are streamed and all stored")
    void hundredThousandLines() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long started = System.nanoTime();
        ImportReport report = orderImport.run(new NdjsonOrderSource(new BufferedReader(new GeneratedOrders(run, ORDERS), 64 * 1024), json));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("Imported " + report.stored() + " orders in " + took.toMillis() + " ms");

        assertThat(report.received()).isEqualTo(ORDERS);
        assertThat(report.rejected()).as("%s", report.errors().stream().limit(3).toList()).isZero();
        assertThat(report.stored()).isEqualTo(ORDERS);
        assertThat(orders.find(new OrderNumber("BULK-" + run + "-" + (ORDERS - 1)))).isPresent();
        assertThat(orders.findUnit(new SerialNumber("BULK-SN-" + run + "-12345"))).isPresent();
    }

    /** An NDJSON file of {@code count} orders, produced line by line as it is read: never whole in memory. */
    static final class GeneratedOrders extends Reader {
        private final String run;
        private final int count;
        private int next;
        private String line = "";
        private int position;

        GeneratedOrders(String run, int count) {
            this.run = run;
            this.count = count;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == line.length()) {
                if (next == count) {
                    return -1;
                }
                line = order(next++);
                position = 0;
            }
            int n = Math.min(length, line.length() - position);
            line.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        private String order(int i) {
            String number = "BULK-" + run + "-" + i;
            boolean delivered = i % 3 != 0;
            return """
                    {"orderNumber":"%s","placedAt":"2025-06-01T10:00:00+03:00","customer":{"email":"c%d@example.com","name":"Customer %d","phone":"0555 000 00 00","locale":"tr"},\
                    "invoice":{"number":"INV-%s","type":"INDIVIDUAL"},"payment":{"method":"CARD","cardProgram":"WORLD","installments":%d,"total":{"amount":"2499.00","currency":"TRY"}},\
                    "lines":[{"lineId":"1","sku":"CAS-GA2100","name":"Casio G-Shock GA-2100","category":"WATCH","serialNumber":"BULK-SN-%s-%d","waterproof":true,\
                    "unitPrice":{"amount":"2499.00","currency":"TRY"},"quantity":1}]%s}
                    """.formatted(number, i, i, number, 1 + i % 3, run, i,
                    delivered ? ",\"delivery\":{\"carrier\":\"Aras Kargo\",\"deliveredAt\":\"2025-06-03T12:00:00+03:00\"}" : "");
        }

        @Override
        public void close() {
        }
    }
}
