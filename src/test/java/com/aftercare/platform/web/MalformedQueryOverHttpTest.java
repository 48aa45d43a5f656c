package com.aftercare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A query string that is not valid percent-encoding is a 400 a person can act on, on the API and the
 * pages alike, never the container's 500. Over real HTTP: MockMvc never decodes a query as Tomcat does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTokens.class)
@DisplayName("A malformed query string")
class MalformedQueryOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    @Test
    @DisplayName("on the API is a 400 problem naming what is wrong")
    void api() throws Exception {
        Answer answer = get("/api/v1/calendar/add-working-days?from=%%%&days=1", tokens.bearer(Role.AGENT));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://aftercare.example.com/problems/malformed-query\"", "%25",
                "\"instance\":\"/api/v1/calendar/add-working-days\"");
    }

    @Test
    @DisplayName("in a form body sent to the API is a 400 problem too")
    void formBodyOnTheApi() throws Exception {
        Answer answer = send("POST", "/api/v1/cases", tokens.bearer(Role.AGENT), "application/x-www-form-urlencoded", "a=%%%");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("malformed-body", "application/json");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/portal?lang=%%%", "/login?x=%zz", "/office?q=%C3%28"})
    @DisplayName("on a page is a 400 in words, before any sign-in check")
    void pages(String path) throws Exception {
        Answer answer = get(path, null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("query string is not valid");
    }

    @Test
    @DisplayName("does not catch a well-formed one: an escaped % and Turkish letters pass")
    void wellFormedPasses() throws Exception {
        assertThat(get("/api/v1/calendar/add-working-days?from=2026-05-20&days=10&note=%25%20%C3%A7", tokens.bearer(Role.AGENT))
                .statusCode()).isNotEqualTo(500).isNotEqualTo(400);
        assertThat(MalformedQueryFilter.decodes("a=%C4%9F%C3%BC&b=x+y")).isTrue();
        assertThat(MalformedQueryFilter.decodes("a=%")).isFalse();
        assertThat(MalformedQueryFilter.decodes("a=%4")).isFalse();
        assertThat(MalformedQueryFilter.decodes("a=%FF")).isFalse();
    }

    /** A GET sent as raw HTTP/1.1: java.net.URI (and so HttpClient) refuses to send a malformed escape at all. */
    private Answer get(String path, String bearer) throws Exception {
        return send("GET", path, bearer, null, "");
    }

    private Answer send(String method, String path, String bearer, String contentType, String body) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            String request = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                    + (bearer == null ? "" : "Authorization: " + bearer + "\r\n")
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\nContent-Length: " + body.length() + "\r\n")
                    + "\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            int split = raw.indexOf("\r\n\r\n");
            return new Answer(status, raw.substring(0, split), raw.substring(split + 4));
        }
    }

    private record Answer(int statusCode, String head, String body) {
    }
}
