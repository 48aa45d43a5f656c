package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;




import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer on a phone reports that a watch bought two months ago stopped working, then follows the repair:
 * once the technical service has diagnosed the fault and started the repair (through the API, as staff would),
 * the customer's case page shows the repair under way and the dates it runs against.
 */
@DisplayName("Browser journey: a customer reports a watch that stopped working and follows the repair")
class CustomerFollowsRepairJourneyTest extends BrowserJourney {

    private static final Pattern CASE_URL = Pattern.compile("/portal/cases/([0-9a-f-]{36})$");

    @Test
    void reports_a_stopped_watch_and_sees_the_repair_and_its_dates() throws Exception {
        var journeys = new Journeys(port, tokens);
        String suffix = Journeys.suffix();
        String number = "W-REPAIR-" + suffix;
        String email = "can." + suffix + "@example.com";
        journeys.putDeliveredOrder(number, email, "Can Öztürk", "WATCH", "Seiko 5 Sports", 60);

        try (BrowserContext context = Journeys.phone(browser, "en-GB")) {
            Page page = context.newPage();
            journeys.portalSignIn(page, jdbc, number, email);

            page.getByLabel("It stopped working", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Seiko 5 Sports").check();
            page.getByLabel("If it stopped working: what does it do, or not do?").fill("The watch stops overnight although I wear it every day.");
            page.getByLabel("Anything else we should know (optional)").fill("I have not opened it.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my request")).click();

            assertThat(page).hasURL(CASE_URL);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Warranty repair");
            assertThat(page.locator("#case-status")).hasText("Requested");
            Matcher matcher = CASE_URL.matcher(page.url());
            org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
            String caseId = matcher.group(1);

            // the technical service diagnoses a covered fault and starts the repair
            journeys.send("POST", "/api/v1/cases/" + caseId + "/diagnosis", Role.TECHNICIAN,
                    "{\"cause\": \"MATERIAL\", \"notes\": \"Bench test: the mainspring slips\"}", 201);
            journeys.send("POST", "/api/v1/cases/" + caseId + "/repair/start", Role.TECHNICIAN, null, 200);

            page.reload();
            assertThat(page.locator("#case-status")).hasText("In repair");
            assertThat(page.locator("#next")).hasText("Your watch is being repaired.");
            var repairDate = page.locator(".deadlines li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("The repair is done by"));
            assertThat(repairDate).isVisible();
            assertThat(repairDate).containsText(Pattern.compile("\\d+ days? left"));
            assertThat(page.locator(".timeline")).containsText("Diagnosed");
            assertThat(page.locator(".timeline")).containsText("Repair started");
            Journeys.screenshot(page, "customer-follows-repair");
        }
    }
}
