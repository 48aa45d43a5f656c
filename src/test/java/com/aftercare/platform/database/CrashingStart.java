package com.aftercare.platform.database;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts the embedded PostgreSQL, writes
 * a row, and dies without running shutdown hooks, as a {@code kill -9} would.
 */
final class CrashingStart {

    private CrashingStart() {
    }

    public static void main(String[] args) throws Exception {
        var properties = new EmbeddedPostgresProperties(Path.of(args[0]), Path.of(args[1]), 0, false, "aftercare", Map.of());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "")) {
            connection.createStatement().execute("create table kept (value text); insert into kept values ('still here')");
        }
        Runtime.getRuntime().halt(0);
    }
}
