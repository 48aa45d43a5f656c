package com.aftercare.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.OrderDocuments;
import com.aftercare.support.SignInLinks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads above the container's multipart limit (spring.servlet.multipart.max-file-size, 26 MB) on the
 * real server over HTTP, where that limit is enforced (MockMvc never parses a multipart body): the API
 * answers a 413 problem naming the limits per kind (with or without an Idempotency-Key), the office and
 * the portal a 413 page a person can read, and nothing is stored. Between the per-kind limit and the
 * container's, the per-kind message is what arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTokens.class)
@DisplayName("Uploads above the limits over real HTTP: a 413 a person can act on, nothing stored")
class UploadLimitOverHttpTest {

    private static final int MB = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] MP4_HEAD = {0, 0, 0, 32, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    private static final String LIMITS = "Photos may be up to 10 MB, videos up to 25 MB, documents up to 10 MB.";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory directory;

    HttpClient http;
    String base;
    /** The session cookie is Secure, which Java's CookieManager keeps from http://localhost (browsers do not): kept by hand. */
    final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeEach
    void client() {
        base = "http://localhost:" + port;
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        cookies.clear();
    }

    @Test
    @DisplayName("API: a 28 MB video is a 413 problem with the limits per kind, also with an Idempotency-Key; nothing stored")
    void apiAboveTheContainerLimit() throws Exception {
        UUID caseId = openReturn(putOrder());
        long storedBefore = storedContents();

        for (String key : new String[] {null, UUID.randomUUID().toString()}) {
            HttpResponse<String> response = apiUpload(caseId, "VIDEO", "long.mp4", sized(MP4_HEAD, 28 * MB), key);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://aftercare.example.com/problems/file-too-large");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
            assertThat(problem.get("detail").asString()).contains("larger than the 26 MB this service takes in one upload", LIMITS);
        }
        assertThat(attachmentsOf(caseId)).isZero();
        assertThat(storedContents()).isEqualTo(storedBefore);
    }

    @Test
    @DisplayName("API: a 25.5 MB video passes the container and hears its kind's limit")
    void apiBetweenTheKindAndTheContainerLimit() throws Exception {
        UUID caseId = openReturn(putOrder());

        HttpResponse<String> response = apiUpload(caseId, "VIDEO", "long.mp4", sized(MP4_HEAD, 25 * MB + MB / 2), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("message").asString())
                .contains("is 25.5 MB; a VIDEO may be at most 25 MB", LIMITS);
        assertThat(attachmentsOf(caseId)).isZero();
    }

    @Test
    @DisplayName("Office: a 28 MB file sent from the case page is a 413 page with the limits; nothing stored")
    void officePageAboveTheContainerLimit() throws Exception {
        UUID caseId = openReturn(putOrder());
        HttpResponse<String> signedIn = signInAgent();
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        String page = get("/office/cases/" + caseId).body();
        String action = attribute(page, "action=\"(/office/cases/" + caseId + "/attachments[^\"]*)\"");
        assertThat(action).as("no CSRF token in a URL, where access logs keep it").doesNotContain("_csrf");
        String version = attribute(page, "name=\"version\" value=\"([^\"]+)\"");
        var parts = new LinkedHashMap<String, Object>();
        parts.put("version", version);
        parts.put("kind", "VIDEO");
        parts.put("file", sized(MP4_HEAD, 28 * MB));
        parts.put("_csrf", csrf(page));
        HttpResponse<String> response = postMultipart(action.replace("&amp;", "&"), parts, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("The file is too large", "this service takes in one upload", LIMITS);
        assertThat(attachmentsOf(caseId)).isZero();
    }

    @Test
    @DisplayName("Office: a 28 MB body sent without a CSRF token to any step is refused unread, and the step does not happen")
    void anOversizedBodyCarriesNoForgedStep() throws Exception {
        UUID caseId = openReturn(putOrder());
        signInAgent();
        String version = attribute(get("/office/cases/" + caseId).body(), "name=\"version\" value=\"([^\"]+)\"");

        var small = new LinkedHashMap<String, Object>();
        small.put("version", version);
        assertThat(postMultipart("/office/cases/" + caseId + "/cancel", small, Map.of()).statusCode())
                .as("a readable body without its token").isEqualTo(403);

        // What a forging site could make the agent's browser send: no token, a body too large to read.
        var parts = new LinkedHashMap<String, Object>();
        parts.put("version", version);
        parts.put("file", sized(MP4_HEAD, 28 * MB));
        HttpResponse<String> response = postMultipart("/office/cases/" + caseId + "/cancel", parts, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single())
                .isNotEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("Portal: a 28 MB video sent by the customer is a 413 page saying so; nothing stored")
    void portalAboveTheContainerLimit() throws Exception {
        String email = "upload." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String number = putOrder(email);
        String start = get("/portal").body();
        postForm("/portal/link", Map.of("orderNumber", number, "email", email, "_csrf", csrf(start)));
        String link = SignInLinks.latest(jdbc, email);
        String landing = get("/portal/sign-in").body();
        postForm("/portal/sign-in", Map.of("token", SignInLinks.tokenOf(link), "_csrf", csrf(landing)));
        String orderPage = get("/portal/orders/" + number).body();
        HttpResponse<String> opened = postForm("/portal/orders/" + number + "/cases", Map.of("what", "ARRIVED_DAMAGED", "lines", "1",
                "description", "The glass is cracked.", "_csrf", csrf(orderPage)));
        String casePath = opened.headers().firstValue("Location").orElseThrow().replace(base, "");
        String casePage = get(casePath).body();
        String action = attribute(casePage, "action=\"(" + Pattern.quote(casePath) + "/photos[^\"]*)\"");
        assertThat(action).as("no CSRF token in a URL, where access logs keep it").doesNotContain("_csrf");

        var parts = new LinkedHashMap<String, Object>();
        parts.put("photo", sized(MP4_HEAD, 28 * MB));
        parts.put("_csrf", csrf(casePage));
        HttpResponse<String> response = postMultipart(action.replace("&amp;", "&"), parts, Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("This file is too large", "Nothing was stored");
        assertThat(jdbc.sql("select count(*) from case_attachment a join case_file c on c.id = a.case_id where c.order_number = ?")
                .param(number).query(Long.class).single()).isZero();
    }

    // --- set-up through the API ---------------------------------------------------------------------

    /** A new agent signs in at /login, as a browser does (the session cookie kept by hand). */
    private HttpResponse<String> signInAgent() throws Exception {
        String user = "upload-agent-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createUser(user, "Upload agent", Set.of(Role.AGENT));
        directory.setPassword(user, "upload-password");
        return postForm("/login", Map.of("username", user, "password", "upload-password", "_csrf", csrf(get("/login").body())));
    }

    private String putOrder() throws Exception {
        return putOrder("upload." + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    private String putOrder(String email) throws Exception {
        String number = "W-UPLOAD-" + UUID.randomUUID().toString().substring(0, 8);
        String body = OrderDocuments.deliveredWatch(number, email, "en", 3);
        api("PUT", "/api/v1/orders/" + number, Role.INTEGRATION, body, 201);
        return number;
    }

    private UUID openReturn(String number) throws Exception {
        JsonNode opened = api("POST", "/api/v1/cases", Role.AGENT, """
                {"type": "RETURN", "orderNumber": "%s", "items": [{"lineId": "1"}], "channel": "WEB",
                 "description": "Changed my mind."}""".formatted(number), 201);
        return UUID.fromString(opened.get("id").asString());
    }

    private JsonNode api(String method, String path, Role role, String body, int expected) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", tokens.bearer(role))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> apiUpload(UUID caseId, String kind, String name, byte[] content, String idempotencyKey)
            throws Exception {
        var parts = new LinkedHashMap<String, Object>();
        parts.put("kind", kind);
        parts.put("file", content);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", tokens.bearer(Role.AGENT));
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return postMultipart("/api/v1/cases/" + caseId + "/attachments", parts, headers);
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(400);
        return response;
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String form = String.join("&", fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).toList());
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A multipart/form-data POST as a browser sends it: text fields, and byte[] values as files. */
    private HttpResponse<String> postMultipart(String path, Map<String, Object> parts, Map<String, String> headers) throws Exception {
        String boundary = "----upload" + UUID.randomUUID().toString().replace("-", "");
        var body = new ByteArrayOutputStream();
        for (var part : parts.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            if (part.getValue() instanceof byte[] bytes) {
                body.writeBytes(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\"upload.mp4\"\r\n"
                        + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                body.writeBytes(bytes);
            } else {
                body.writeBytes(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n" + part.getValue())
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        try {
            return send(request);
        } catch (IOException e) {
            throw new AssertionError("The server dropped the upload instead of answering it: " + e, e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    private static String csrf(String html) {
        return attribute(html, "name=\"_csrf\" value=\"([^\"]+)\"");
    }

    private static String attribute(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private static byte[] sized(byte[] head, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private long storedContents() {
        return jdbc.sql("select count(*) from evidence_content").query(Long.class).single();
    }

    private long attachmentsOf(UUID caseId) {
        return jdbc.sql("select count(*) from case_attachment where case_id = ?").param(caseId).query(Long.class).single();
    }
}
