import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service under measurement: one JVM with its embedded PostgreSQL, started on ports of its own with its data
 * under the benchmark's directory, and the CPU and memory of both read from /proc.
 */
final class Service implements AutoCloseable {

    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    final int port;
    final int databasePort;
    private final Path directory;
    private final Path log;
    private final List<String> command;
    private Process process;

    private Service(int port, int databasePort, Path directory, List<String> command) {
        this.port = port;
        this.databasePort = databasePort;
        this.directory = directory;
        this.log = directory.resolve("service.log");
        this.command = command;
    }

    /**
     * @param launch how to run the service: {@code -jar app.jar}, with JVM options before it
     */
    static Service of(List<String> launch, Path directory, int port, int databasePort) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--aftercare.embedded-postgres.data-directory=" + directory.resolve("postgres").toAbsolutePath(),
                "--aftercare.embedded-postgres.port=" + databasePort,
                // The server's log collector, so that the benchmark can count a request's statements (log_statement
                // is switched on only for that, with ALTER SYSTEM).
                "--aftercare.embedded-postgres.server-config.logging_collector=on",
                "--aftercare.embedded-postgres.server-config.log_directory=" + directory.resolve("postgres-log").toAbsolutePath(),
                "--aftercare.embedded-postgres.server-config.log_filename=postgres.log",
                // The benchmark's webhook receiver listens on the loopback over plain http.
                "--aftercare.webhooks.allowed-hosts=127.0.0.1",
                "--logging.level.root=WARN",
                "--logging.level.com.aftercare=INFO"));
        return new Service(port, databasePort, directory, command);
    }

    Service withLaunch(List<String> launch) {
        List<String> command = new ArrayList<>(this.command.subList(0, 1));
        command.addAll(launch);
        command.addAll(this.command.subList(this.command.indexOf("--server.port=" + port), this.command.size()));
        return new Service(port, databasePort, directory, command);
    }

    Path statementLog() {
        return directory.resolve("postgres-log").resolve("postgres.log");
    }

    /** Starts the JVM and waits until the service answers ready; answers the seconds that took. */
    double start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped while starting; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
                throw new IllegalStateException("The service was not ready within 3 minutes; see " + log);
            }
            Thread.sleep(50);
        }
    }

    /** A graceful stop (SIGTERM), as an operator's would be; waits for the JVM and its PostgreSQL to end. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Runs the service's command with extra JVM options to its end (an AOT training run). */
    int runToEnd(List<String> launch) throws IOException, InterruptedException {
        Process run = new ProcessBuilder(withLaunch(launch).command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly().waitFor();
            return -1;
        }
        return run.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** The resident memory of the service's JVM, in MiB. */
    long residentMib() throws IOException {
        return residentKib(pid()) / 1024;
    }

    /** CPU seconds used so far by the service's JVM and, separately, by its PostgreSQL server and backends. */
    Cpu cpu() throws IOException {
        double service = ticks(pid()) / (double) CLOCK_TICKS;
        double database = 0;
        Path pidFile = directory.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            database += ticks(postmaster) / (double) CLOCK_TICKS;
            try (var children = Files.list(Path.of("/proc"))) {
                for (Path entry : children.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    long child = Long.parseLong(entry.getFileName().toString());
                    if (parentOf(child) == postmaster) {
                        database += ticks(child) / (double) CLOCK_TICKS;
                    }
                }
            }
        }
        return new Cpu(service, database);
    }

    record Cpu(double service, double database) {

        Cpu minus(Cpu earlier) {
            return new Cpu(service - earlier.service, database - earlier.database);
        }
    }

    private static long ticks(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static long parentOf(long pid) {
        String[] fields = stat(pid);
        return fields == null ? -1 : Long.parseLong(fields[3]);
    }

    /** The fields of /proc/PID/stat, the command name (which may hold spaces) folded into one. */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = line.substring(0, line.indexOf(' '));
            fields[1] = line.substring(line.indexOf('(') + 1, close);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException gone) {
            return null;
        }
    }

    private static long residentKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
