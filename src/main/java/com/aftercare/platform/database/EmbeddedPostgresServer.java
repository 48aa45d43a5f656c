package com.aftercare.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the service starts itself when no external database is configured. Its data
 * lives in a directory of the project, so a demo keeps its cases between runs.
 *
 * <p>A start that was killed hard (kill -9) leaves its PostgreSQL running and its
 * {@code postmaster.pid} behind; the next start would then fail. So before starting, a leftover
 * server of the same data directory is stopped.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        Path workingDirectory = properties.workingDirectory().toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(workingDirectory);
            if (properties.clean()) {
                deleteRecursively(dataDirectory);
            } else {
                stopLeftoverServer(dataDirectory);
            }
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Spring stops the server (close()) after everything that uses it: a JVM hook of its own would
                    // stop it while the application still shuts down and needs the database (the event registry,
                    // listeners finishing), leaving those to wait for connections that never come.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100");
            if (!properties.clean()) {
                // The embedded server's defaults suit throw-away test data (no fsync, asynchronous
                // commit); a demo's data directory is kept, so it gets the durable settings.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            properties.serverConfig().forEach(builder::setServerConfig);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL in " + dataDirectory + " did not start", e);
        }
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Stops a PostgreSQL that a crashed start of ours left running on this data directory. */
    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (leftover.isEmpty()) {
            log.info("Removing the stale {} of a PostgreSQL that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle server = leftover.get();
        log.warn("A PostgreSQL (pid {}) left running by an earlier start holds {}; stopping it", server.pid(), dataDirectory);
        // SIGINT is PostgreSQL's "fast" shutdown: it ends the sessions and writes a clean checkpoint.
        signal(server.pid(), "INT");
        if (!waitForExit(server, SHUTDOWN_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop in {}; killing it", server.pid(), SHUTDOWN_WAIT);
            server.destroyForcibly();
            waitForExit(server, SHUTDOWN_WAIT);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
