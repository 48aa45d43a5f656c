import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor under P1: the statements one create-case request ran (as the server logged them, with their parameter
 * values), replayed by plain JDBC loops with no HTTP and no Spring, at the same concurrency on the same database.
 * Each round gives the replay a case of its own: the order becomes one of the client's own orders, every UUID a new
 * one and the case's reference a new one, so that the inserts, the unique keys and the locks cost what they cost the
 * service.
 */
final class Floor {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    /** One statement for JDBC: {@code ?} placeholders, and for each the captured value it takes. */
    private record Step(String sql, List<String> values) {
    }

    private final List<Step> steps;
    private final AtomicLong rounds = new AtomicLong();
    private final String orderNumber;
    private final String reference;

    private Floor(List<Step> steps, String orderNumber, String reference) {
        this.steps = steps;
        this.orderNumber = orderNumber;
        this.reference = reference;
    }

    static Floor of(List<StatementLog.Executed> statements, String orderNumber, String reference) {
        List<Step> steps = new ArrayList<>();
        for (StatementLog.Executed e : statements) {
            String sql = e.sql().replace("?", "??");
            List<String> values = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(sql);
            StringBuilder jdbc = new StringBuilder();
            while (m.find()) {
                int index = Integer.parseInt(m.group(1)) - 1;
                values.add(index < e.parameters().size() ? e.parameters().get(index) : null);
                m.appendReplacement(jdbc, "?");
            }
            m.appendTail(jdbc);
            steps.add(new Step(jdbc.toString(), values));
        }
        return new Floor(steps, orderNumber, reference);
    }

    int statements() {
        return steps.size();
    }

    record Result(int clients, long rounds, long failed, double seconds, long[] sortedNanos, String firstFailure) {

        double perSecond() {
            return rounds / seconds;
        }
    }

    /**
     * @param connections one per client, opened by the caller (whose CPU figures would lose the work of backends that
     *     ended before it read them)
     * @param orders the orders the rounds open their cases on; client c uses those at c, c + clients, ... in turn
     */
    Result run(List<Connection> connections, Duration duration, List<String> orders) throws InterruptedException {
        int clients = connections.size();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong failed = new AtomicLong();
        List<long[]> samples = new ArrayList<>();
        String[] firstFailure = {null};
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        try (var threads = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] mine = new long[1 << 12];
                    int count = 0;
                    Connection connection = connections.get(client);
                    try {
                        int round = 0;
                        while (System.nanoTime() < deadline) {
                            String order = orders.get((client + round * clients) % orders.size());
                            long sent = System.nanoTime();
                            try {
                                runRound(connection, order, "F" + rounds.incrementAndGet());
                                if (count == mine.length) {
                                    mine = Arrays.copyOf(mine, mine.length * 2);
                                }
                                mine[count++] = System.nanoTime() - sent;
                            } catch (SQLException e) {
                                failed.incrementAndGet();
                                synchronized (firstFailure) {
                                    if (firstFailure[0] == null) {
                                        firstFailure[0] = e.getMessage();
                                    }
                                }
                                try (var reset = connection.createStatement()) {
                                    reset.execute("rollback");
                                }
                            }
                            round++;
                        }
                    } catch (SQLException e) {
                        synchronized (firstFailure) {
                            firstFailure[0] = "the connection failed: " + e.getMessage();
                        }
                    } finally {
                        synchronized (samples) {
                            samples.add(Arrays.copyOf(mine, count));
                        }
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, all.length, failed.get(), seconds, all, firstFailure[0]);
    }

    /** The plan of the (single) statement, run with its captured values: EXPLAIN (ANALYZE, BUFFERS). */
    String explain(Connection connection, StatementLog.Executed executed) throws SQLException {
        Step step = steps.getFirst();
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + step.sql())) {
            for (int i = 0; i < step.values().size(); i++) {
                statement.setObject(i + 1, step.values().get(i), Types.OTHER);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private void runRound(Connection connection, String order, String freshReference) throws SQLException {
        Map<String, String> uuids = new HashMap<>();
        for (Step step : steps) {
            try (PreparedStatement statement = connection.prepareStatement(step.sql())) {
                for (int i = 0; i < step.values().size(); i++) {
                    String value = step.values().get(i);
                    if (value == null) {
                        statement.setNull(i + 1, Types.OTHER);
                    } else {
                        statement.setObject(i + 1, fresh(value, order, freshReference, uuids), Types.OTHER);
                    }
                }
                statement.execute();
            }
        }
    }

    private String fresh(String value, String order, String freshReference, Map<String, String> uuids) {
        String v = value.replace(orderNumber, order);
        if (reference != null) {
            v = v.replace(reference, freshReference);
        }
        Matcher m = UUID_TEXT.matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, uuids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
