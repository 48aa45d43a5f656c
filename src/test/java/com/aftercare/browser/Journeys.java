package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.OrderDocuments;
import com.aftercare.support.SignInLinks;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the journeys share: orders and steps put in through the API (as the shop and staff would), staff users
 * with passwords, the two sign-ins (password at {@code /login}, one-time link from the demo mailbox table)
 * and the end-of-journey screenshot under {@code target/screenshots/}.
 */
final class Journeys {

    static final String PASSWORD = "journey-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final ApiTokens tokens;

    Journeys(int port, ApiTokens tokens) {
        this.base = "http://localhost:" + port;
        this.tokens = tokens;
    }

    String base() {
        return base;
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static BrowserContext desktop(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale(locale));
    }

    static BrowserContext phone(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915).setLocale(locale));
    }

    /** A staff user with one role and {@link #PASSWORD}; answers the user name. */
    static String staff(StaffDirectory directory, Role role) {
        String user = "journey-" + role.name().toLowerCase() + "-" + suffix();
        directory.createUser(user, "Journey " + role.name().toLowerCase(), Set.of(role));
        directory.setPassword(user, PASSWORD);
        return user;
    }

    /**
     * An order of one unit delivered {@code daysAgo} days ago, as the shop reports it (role INTEGRATION).
     * {@code category} is WATCH or SMART_WATCH; the serial number is {@code SN-<number>}.
     */
    void putDeliveredOrder(String number, String email, String name, String category, String product, int daysAgo) throws Exception {
        String body = OrderDocuments.deliveredUnit(number, email, name, "tr", category, product, daysAgo);
        send("PUT", "/api/v1/orders/" + number, Role.INTEGRATION, body, 201);
    }

    /** A RETURN of line 1 opened by an agent through the API; answers the case as the API shows it. */
    JsonNode openReturn(String orderNumber, String description) throws Exception {
        String body = """
                {"type": "RETURN", "orderNumber": "%s", "items": [{"lineId": "1"}], "channel": "WEB",
                 "description": "%s"}""".formatted(orderNumber, description);
        return send("POST", "/api/v1/cases", Role.AGENT, body, 201);
    }

    /** A call to the API as {@code role}, expecting {@code expected}; answers the JSON body. */
    JsonNode send(String method, String path, Role role, String body, int expected) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", tokens.bearer(role)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return JSON.readTree(response.body());
        }
    }

    /** Fills the staff sign-in form the page is on (English labels) and waits to leave {@code /login}. */
    static void signIn(Page page, String user) {
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** The latest one-time sign-in link mailed to {@code email}. */
    String mailedLink(JdbcClient jdbc, String email) {
        String link = SignInLinks.latest(jdbc, email);
        assertThat(link).startsWith(base + "/portal/sign-in#token=");
        return link;
    }

    /** Asks for a link on the portal's start page (English) and follows it: the page ends on the order. */
    void portalSignIn(Page page, JdbcClient jdbc, String number, String email) {
        page.navigate(base + "/portal");
        page.getByLabel("Order number").fill(number);
        page.getByLabel("E-mail address of the order").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a sign-in link")).click();
        assertThat(page.locator("#link-sent")).isVisible();
        page.navigate(mailedLink(jdbc, email));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Order " + number))).isVisible();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Chromium.SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Chromium.SCREENSHOTS.resolve(name + ".png")));
    }
}
