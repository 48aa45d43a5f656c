package com.aftercare.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded PostgreSQL")
class EmbeddedPostgresServerTest {

    private final Path root = Path.of("target", "embedded-postgres", "leftover-" + System.nanoTime());
    private final EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(
            root.resolve("data"), Path.of("target", "postgres-binaries"), 0, false, "aftercare",
            Map.of("work_mem", "7MB"));

    @Test
    @DisplayName("keeps its data between starts, stops a server that a crashed start left running, and applies the settings it is given")
    void takesOverFromALeftoverServer() throws Exception {
        Process crashed = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), CrashingStart.class.getName(),
                properties.dataDirectory().toString(), properties.workingDirectory().toString())
                .inheritIO().start();
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // The JVM died without its shutdown hooks, as after a kill -9: its server runs on.
        Path pidFile = properties.dataDirectory().resolve("postmaster.pid");
        assertThat(pidFile).exists();
        long leftoverPid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        assertThat(ProcessHandle.of(leftoverPid)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(properties);
             var connection = DriverManager.getConnection(next.jdbcUrl("postgres"), "postgres", "")) {
            var rows = connection.createStatement().executeQuery("select value from kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).isEmpty();
            var setting = connection.createStatement().executeQuery("show work_mem");
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("7MB");
        }
    }

    @Test
    @DisplayName("removes a stale postmaster.pid whose process is gone")
    void removesAStalePidFile() throws Exception {
        Path data = root.resolve("stale");
        Files.createDirectories(data);
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");

        EmbeddedPostgresServer.stopLeftoverServer(data);

        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }
}
