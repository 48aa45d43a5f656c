package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;





/**
 * A smart watch's return taken to a refund by three people, each signed in with their own user: the agent
 * arranges the pickup and records it and the receipt, the technician inspects it (unused: RET-3), finance
 * issues the refund; the case page then shows it refunded, with the amount and the bank's usual window.
 */
@DisplayName("Browser journey: an agent, a technician and finance take a return to a refund")
class ReturnToRefundJourneyTest extends BrowserJourney {

    @Test
    void agent_technician_and_finance_take_a_smart_watch_return_to_a_refund() throws Exception {
        var journeys = new Journeys(port, tokens);
        String number = "W-REFUND-" + Journeys.suffix();
        journeys.putDeliveredOrder(number, "refund." + number.toLowerCase() + "@example.com", "Ayşe Yılmaz",
                "SMART_WATCH", "Galaxy Watch", 3);
        var opened = journeys.openReturn(number, "I changed my mind.");
        String casePath = "/office/cases/" + opened.get("id").asString();
        String agent = Journeys.staff(directory, Role.AGENT);
        String technician = Journeys.staff(directory, Role.TECHNICIAN);
        String finance = Journeys.staff(directory, Role.FINANCE);

        try (BrowserContext context = Journeys.desktop(browser, "en-GB")) {
            Page page = signedInOnCase(context, journeys.base(), casePath, agent);
            assertThat(page.locator("#case-status")).hasText("Requested");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Arrange the return shipment")).click();
            assertThat(page.locator("#case-status")).hasText("Awaiting the goods");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("The carrier picked it up now")).click();
            assertThat(page.getByText("Picked up by the carrier")).isVisible();
            page.getByLabel("The signed return form came with the goods").check();
            page.getByLabel("The original invoice came with the goods").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record receipt at the store")).click();
            assertThat(page.locator("#case-status")).hasText("Received");
            // a smart watch waits for the technician: the agent has no refund to issue
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the refund"))).hasCount(0);
        }

        try (BrowserContext context = Journeys.desktop(browser, "en-GB")) {
            Page page = signedInOnCase(context, journeys.base(), casePath, technician);
            assertThat(page.locator("#case-status")).hasText("Received");
            assertThat(page.getByLabel("Used", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
            page.getByLabel("Notes").fill("Unused, film still on the screen.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the inspection")).click();
            assertThat(page.locator("#case-status")).hasText("Accepted");
        }

        try (BrowserContext context = Journeys.desktop(browser, "en-GB")) {
            Page page = signedInOnCase(context, journeys.base(), casePath, finance);
            assertThat(page.locator("#case-status")).hasText("Accepted");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the refund")).click();

            assertThat(page.locator("#case-status")).hasText("Refunded");
            assertThat(page.locator("#refund")).containsText("4999.00 TRY refunded on");
            assertThat(page.locator("#refund")).containsText(finance);
            assertThat(page.locator("#bank-window")).containsText(Pattern.compile(
                    "bank usually shows it between \\d{2}\\.\\d{2}\\.\\d{4} and \\d{2}\\.\\d{2}\\.\\d{4}"));
            assertThat(page.getByText("Refund issued").first()).isVisible();
            Journeys.screenshot(page, "return-to-refund");
        }
    }

    /** Opens the case page, is sent to /login, signs in and lands back on the case. */
    private static Page signedInOnCase(BrowserContext context, String base, String casePath, String user) {
        Page page = context.newPage();
        page.navigate(base + casePath);
        assertThat(page).hasURL(Pattern.compile("/login$"));
        Journeys.signIn(page, user);
        // Playwright hands the pattern to JavaScript: no \\Q..\\E quoting (the path is hex digits and dashes)
        assertThat(page).hasURL(Pattern.compile(casePath + "(\\?continue)?$"));
        return page;
    }
}
