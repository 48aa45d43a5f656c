package com.aftercare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.OrderDocuments;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service answers only to its own host names (the public URL's, and the allowed ones), and writes every link
 * from the public URL: a forged {@code Host} can neither be answered nor end up in a customer's sign-in link.
 * Over real HTTP, as raw requests: MockMvc and java.net.http never send a Host of the caller's choosing.
 * (The tests' public URL is http://localhost:8080; 127.0.0.1 is allowed besides.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTokens.class)
@DisplayName("A request for another host")
class ForgedHostOverHttpTest {

    private static final String EVIL = "evil.example.com";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("asking for a portal link is a 400 and mails nothing; from an allowed host the link starts with the public URL")
    void portalLink() throws Exception {
        String email = "host." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String number = putOrder(email);
        Answer start = send("GET", "/portal", "localhost", Map.of(), null);
        String cookie = start.cookie();
        String csrf = start.csrf();
        String form = form(Map.of("orderNumber", number, "email", email, "_csrf", csrf));

        Answer forged = send("POST", "/portal/link", EVIL, Map.of("Cookie", cookie), form);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).contains("does not answer to the host");
        assertThat(mailsTo(email)).isZero();

        // A proxy's header is not trusted unless server.forward-headers-strategy says so.
        Answer allowed = send("POST", "/portal/link", "127.0.0.1:" + port,
                Map.of("Cookie", cookie, "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https"), form);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(mailsTo(email)).isEqualTo(1);
        assertThat(jdbc.sql("select link from outgoing_mail where recipient = ?").param(email).query(String.class).single())
                .startsWith("http://localhost:8080/portal/sign-in#token=").doesNotContain(EVIL).doesNotContain("127.0.0.1");
    }

    @Test
    @DisplayName("the staff sign-in is a 400, before the password is looked at")
    void officeSignIn() throws Exception {
        long attempts = jdbc.sql("select count(*) from sign_in_attempt").query(Long.class).single();
        Answer answer = send("POST", "/login", EVIL, Map.of(), form(Map.of("username", "demo-agent", "password", "x")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from sign_in_attempt").query(Long.class).single()).isEqualTo(attempts);
    }

    @Test
    @DisplayName("the API is a 400 problem")
    void api() throws Exception {
        Answer answer = send("GET", "/api/v1/policy", EVIL + ":" + port, Map.of("Authorization", tokens.bearer(Role.AGENT)), null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.body()).contains("unknown-host");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/healthz", "/actuator/health-check", "/actuator/healthy/x"})
    @DisplayName("a path that only begins like a probe's is refused like any other")
    void notAProbe(String path) throws Exception {
        Answer answer = send("GET", path, EVIL, Map.of(), null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.head()).containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("Referrer-Policy: no-referrer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"})
    @DisplayName("the health probes answer whatever the host: orchestrators call them by address")
    void probes(String path) throws Exception {
        assertThat(send("GET", path, "10.0.0.7:" + port, Map.of(), null).status()).isEqualTo(200);
    }

    private String putOrder(String email) throws Exception {
        String number = "W-HOST-" + UUID.randomUUID().toString().substring(0, 8);
        String body = OrderDocuments.deliveredWatch(number, email, "en", 3);
        Answer answer = send("PUT", "/api/v1/orders/" + number, "localhost",
                Map.of("Authorization", tokens.bearer(Role.INTEGRATION), "Content-Type", "application/json"), body);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return number;
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from outgoing_mail where recipient = ?").param(email).query(Long.class).single();
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Answer send(String method, String path, String host, Map<String, String> headers, String body) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                if (!headers.containsKey("Content-Type")) {
                    request.append("Content-Type: application/x-www-form-urlencoded\r\n");
                }
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(raw.substring(9, 12)), raw.substring(0, split), raw.substring(split + 4));
        }
    }

    private record Answer(int status, String head, String body) {

        String cookie() {
            Matcher cookie = Pattern.compile("(?im)^Set-Cookie: (JSESSIONID=[^;]+)").matcher(head);
            assertThat(cookie.find()).as("a session cookie in %s", head).isTrue();
            return cookie.group(1);
        }

        String csrf() {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            assertThat(token.find()).isTrue();
            return token.group(1);
        }
    }
}
