package com.aftercare.platform.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and binaries. Used only when
 * {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory the cluster's data directory, kept between runs unless {@code clean}
 * @param workingDirectory where the PostgreSQL binaries are unpacked
 * @param port a fixed port, or 0 for any free one
 * @param clean wipe the data directory at start (tests)
 * @param database the database the service uses inside the cluster
 * @param serverConfig more settings of the server ({@code postgresql.conf} names), applied at its start after the
 *     service's own, each value without spaces: {@code bench/run} turns on the server's log collector with them to count a request's statements
 */
@ConfigurationProperties("aftercare.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("data/postgres-binaries") Path workingDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("aftercare") String database,
        Map<String, String> serverConfig) {

    public EmbeddedPostgresProperties {
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
        serverConfig.forEach((name, value) -> {
            if (value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("aftercare.embedded-postgres.server-config." + name + " = '" + value
                        + "': the server's start command splits its settings at spaces, so a value with one cannot be"
                        + " given here; set it with ALTER SYSTEM once the server runs");
            }
        });
    }
}
