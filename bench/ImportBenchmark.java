import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Measures the order import: streams N generated orders (NDJSON, one watch each) to a running
 * service and prints how long it took and how many orders a second were stored.
 *
 * <pre>
 * ./mvnw spring-boot:run                          # in another terminal
 * java bench/ImportBenchmark.java [orders] [base-url] [token]
 * java bench/ImportBenchmark.java 100000 http://localhost:8080 demo-integration-token
 * </pre>
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String base = args.length > 1 ? args[1] : "http://localhost:8080";
        String token = args.length > 2 ? args[2] : "demo-integration-token";
        String run = UUID.randomUUID().toString().substring(0, 8);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/order-imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Orders(run, orders)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        String body = response.body();
        System.out.printf("status %d after %.1f s%n", response.statusCode(), seconds);
        System.out.println(body.length() > 300 ? body.substring(0, 300) + "..." : body);
        System.out.printf("%d orders in %.1f s: %.0f orders/s%n", orders, seconds, orders / seconds);
    }

    /** Generates the NDJSON lazily, so the benchmark itself holds no more than one line in memory. */
    private static final class Orders extends InputStream {

        private static final OffsetDateTime PLACED = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(3));

        private final String run;
        private final int total;
        private int next;
        private byte[] line = new byte[0];
        private int position;

        Orders(String run, int total) {
            this.run = run;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            if (position == line.length) {
                if (next == total) {
                    return -1;
                }
                line = order(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return line[position++] & 0xFF;
        }

        private String order(int i) {
            String number = "BENCH-" + run + "-" + i;
            return """
                    {"orderNumber":"%1$s","placedAt":"%2$s","customer":{"email":"bench%3$d@example.com","name":"Bench Customer","phone":"0555 000 00 00","locale":"tr"},\
                    "invoice":{"number":"INV-%1$s","type":"INDIVIDUAL","taxNumber":null,"companyName":null},\
                    "payment":{"method":"CARD","cardProgram":null,"installments":1,"total":{"amount":"1499.90","currency":"TRY"}},\
                    "lines":[{"lineId":"1","sku":"BENCH-W","name":"Bench watch","category":"WATCH","serialNumber":"SN-%1$s","waterproof":true,\
                    "unitPrice":{"amount":"1499.90","currency":"TRY"},"quantity":1}],\
                    "delivery":{"carrier":"Yurtiçi Kargo","deliveredAt":"%4$s","signedBy":"Bench","remarks":null}}
                    """.formatted(number, PLACED, i, PLACED.plusDays(2));
        }
    }
}
