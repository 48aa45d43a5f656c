import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: N clients, each sending its next request as soon as the last is answered, for a while. The
 * JDK's HTTP client on virtual threads, so the generator costs little of the CPU it shares with the service.
 */
final class Load {

    /** One client's work: the request to send next, or null when there is nothing left to send. */
    interface Work {
        HttpRequest next(int client);
    }

    record Result(int clients, long ok, long failed, double seconds, long[] sortedNanos, String firstFailure) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }
    }

    private final HttpClient client;

    Load(HttpClient client) {
        this.client = client;
    }

    Result run(int clients, Duration duration, Work work, int expectedStatus) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<long[]> samples = new ArrayList<>();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = {null};
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] mine = new long[1 << 12];
                    int count = 0;
                    try {
                        while (System.nanoTime() < deadline) {
                            HttpRequest request = work.next(client);
                            if (request == null) {
                                break;
                            }
                            long sent = System.nanoTime();
                            int status;
                            String body;
                            try {
                                HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
                                status = response.statusCode();
                                body = response.body();
                            } catch (Exception e) {
                                status = -1;
                                body = e.toString();
                            }
                            long took = System.nanoTime() - sent;
                            if (status == expectedStatus) {
                                if (count == mine.length) {
                                    mine = Arrays.copyOf(mine, mine.length * 2);
                                }
                                mine[count++] = took;
                            } else {
                                failed.incrementAndGet();
                                synchronized (firstFailure) {
                                    if (firstFailure[0] == null) {
                                        firstFailure[0] = status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
                                    }
                                }
                            }
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

    /**
     * The same request over and over, one client, each sent when the last is answered: a query's latency. At most
     * {@code times} requests and 20 seconds (a query that takes seconds is measured on fewer).
     */
    Result repeat(int times, IntFunction<HttpRequest> request) throws InterruptedException {
        int[] sent = {0};
        return run(1, Duration.ofSeconds(20), client -> sent[0] < times ? request.apply(sent[0]++) : null, 200);
    }
}
