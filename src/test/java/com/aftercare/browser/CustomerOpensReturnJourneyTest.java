package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftercare.support.SignInLinks;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A customer on a phone-sized screen: asks for a sign-in link with the order number and e-mail,
 * opens the link (read from the demo mailbox's table: the test profile has no mailbox page), says
 * "I changed my mind" about the watch and sees the verdict with its clauses at once.
 */
@DisplayName("Browser journey: a customer opens a return in the portal and sees its verdict")
class CustomerOpensReturnJourneyTest extends BrowserJourney {

    @Test
    void asks_for_a_link_opens_a_return_and_sees_the_verdict() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String number = "W-JOURNEY-" + suffix;
        String email = "ayse." + suffix + "@example.com";
        new Journeys(port, tokens).putDeliveredOrder(number, email, "Ayşe Yılmaz", "WATCH", "Seiko 5 Sports", 3);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915).setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(base() + "/portal");
            page.getByLabel("Order number").fill(number);
            page.getByLabel("E-mail address of the order").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a sign-in link")).click();
            assertThat(page.locator("#link-sent")).containsText("a sign-in link is on its way");

            String link = SignInLinks.latest(jdbc, email);
            assertThat(link).startsWith(base() + "/portal/sign-in#token=");
            page.navigate(link);

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Order " + number))).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.url()).as("the token is spent and gone from the address")
                    .isEqualTo(base() + "/portal/orders/" + number);
            page.getByLabel("I changed my mind").check();
            page.getByLabel("Seiko 5 Sports").check();
            page.getByLabel("Anything else we should know (optional)").fill("It is smaller than I thought.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my request")).click();

            assertThat(page.locator("#case-status")).hasText("Requested");
            assertThat(page.locator("#verdict")).containsText("Asked in time");
            assertThat(page.locator("#verdict")).containsText("RET-1");
            assertThat(page.locator("#next")).isVisible();
            assertThat(page.getByText("Case opened")).isVisible();
            assertThat(page.getByText("0555 000 00 00")).isVisible();

            // The return form to sign, pre-filled from the invoice (GEN-4), comes down as a PDF from the case page.
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Return form to sign (PDF)")).click());
            assertThat(download.suggestedFilename()).matches("AC-\\d+-return-form\\.pdf");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("INV-" + number, "SN-" + number, "GEN-4", "Ayşe Yılmaz");
            }
            // And she is told by e-mail, in Turkish (her order's language), once the case is committed.
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from outgoing_mail where recipient = ? and subject like '%talebinizi aldık'")
                    .param(email).query(Long.class).single() == 1);

            Files.createDirectories(Chromium.SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Chromium.SCREENSHOTS.resolve("customer-opens-return.png")));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
