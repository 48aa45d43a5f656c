package com.aftercare.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A journey in Debian's Chromium against the whole service on a random port: one Spring context
 * (and so one embedded PostgreSQL) shared by every journey, one browser per journey class, and a
 * skip, not a failure, only where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(ApiTokens.class)
abstract class BrowserJourney {

    /**
     * The service's links (the mailed sign-in link) start with its public URL, never with the request's host, so the
     * port is chosen before the service starts and named in both.
     */
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void publicAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("aftercare.public-url", () -> "http://localhost:" + PORT);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory directory;

    @BeforeAll
    static void chromium() {
        assumeTrue(Chromium.installed(), "Chromium is not installed at " + Chromium.EXECUTABLE);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
