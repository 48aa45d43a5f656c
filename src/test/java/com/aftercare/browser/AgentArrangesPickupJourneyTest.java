package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;




import tools.jackson.databind.json.JsonMapper;

/**
 * An agent's morning in a real browser: signs in, finds a new return in the queue, opens it and
 * arranges the pickup from the case page, which then shows the case awaiting the goods with the
 * pickup code. Skipped only where Chromium is not installed (CI installs it).
 */
@DisplayName("Browser journey: an agent arranges a return's pickup from the case page")
class AgentArrangesPickupJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "journey-password";

    @Test
    void signs_in_opens_the_return_and_arranges_the_pickup() throws Exception {
        String agent = "journey-agent-" + UUID.randomUUID().toString().substring(0, 6);
        directory.createUser(agent, "Journey agent", Set.of(Role.AGENT));
        directory.setPassword(agent, PASSWORD);
        String reference = openReturn(putDeliveredOrder());

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(base() + "/office");
            assertThat(page).hasURL(base() + "/login");

            page.getByLabel("User name").fill(agent);
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            // back where the agent was going (Spring Security marks a saved request with ?continue)
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/office(\\?continue)?$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Work queue"))).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();

            assertThat(page.locator("#case-status")).hasText("Requested");
            assertThat(page.getByText("GEN-5").first()).isVisible();
            page.getByLabel("Carrier", new Page.GetByLabelOptions().setExact(true)).fill("Yurtiçi Kargo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Arrange the return shipment")).click();

            assertThat(page.locator("#case-status")).hasText("Awaiting the goods");
            assertThat(page.getByText("Return shipment arranged")).isVisible();
            assertThat(page.getByText("pickup code").first()).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("The carrier picked it up now"))).isVisible();

            Files.createDirectories(Chromium.SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Chromium.SCREENSHOTS.resolve("agent-arranges-pickup.png")));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A watch delivered three days ago, as the shop reports it (role INTEGRATION). */
    private String putDeliveredOrder() throws Exception {
        String number = "W-JOURNEY-" + UUID.randomUUID().toString().substring(0, 8);
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"orderNumber": "%s", "placedAt": "%s",
                 "customer": {"email": "ayse@example.com", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                 "invoice": {"number": "INV-%s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                 "payment": {"method": "CARD", "cardProgram": null, "installments": 1, "total": {"amount": "4999.00", "currency": "TRY"}},
                 "lines": [{"lineId": "1", "sku": "SEI-SRPD55K1", "name": "Seiko 5 Sports", "category": "WATCH",
                            "serialNumber": "SN-%s", "waterproof": false, "unitPrice": {"amount": "4999.00", "currency": "TRY"}, "quantity": 1}],
                 "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "%s", "signedBy": "Ayşe Yılmaz", "remarks": null}}"""
                .formatted(number, istanbul(delivered.minus(2, ChronoUnit.DAYS)), number, number, istanbul(delivered));
        send("PUT", "/api/v1/orders/" + number, Role.INTEGRATION, body, 201);
        return number;
    }

    private String openReturn(String orderNumber) throws Exception {
        String body = """
                {"type": "RETURN", "orderNumber": "%s", "items": [{"lineId": "1"}], "channel": "WEB",
                 "description": "I changed my mind."}""".formatted(orderNumber);
        String answer = send("POST", "/api/v1/cases", Role.AGENT, body, 201);
        return JsonMapper.builder().build().readTree(answer).get("reference").asString();
    }

    private String send(String method, String path, Role role, String body, int expected) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", tokens.bearer(role)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return response.body();
        }
    }

    private static String istanbul(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneId.of("Europe/Istanbul")).toString();
    }
}
