package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.support.ApiTokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;




import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer's and the staff's pages in Turkish: each starts in an English browser and switches with the
 * Türkçe button, which sticks for the rest of the visit (the sign-in included); the headings and labels then
 * come from {@code messages/pages_tr.properties}.
 */
@DisplayName("Browser journey: the portal and the back office in Turkish")
class TurkishPagesJourneyTest extends BrowserJourney {

    @Test
    void a_customer_opens_a_return_in_turkish_and_an_agent_reads_it_in_turkish() throws Exception {
        var journeys = new Journeys(port, tokens);
        String suffix = Journeys.suffix();
        String number = "W-TR-" + suffix;
        String email = "zeynep." + suffix + "@example.com";
        journeys.putDeliveredOrder(number, email, "Zeynep Kaya", "WATCH", "Seiko 5 Sports", 3);
        String reference;

        try (BrowserContext context = Journeys.phone(browser, "en-GB")) {
            Page page = context.newPage();
            page.navigate(journeys.base() + "/portal");
            assertThat(heading(page, "Your order")).isVisible();
            turkish(page);
            assertThat(page.locator("html")).hasAttribute("lang", "tr");
            assertThat(heading(page, "Siparişiniz")).isVisible();

            page.getByLabel("Sipariş numarası").fill(number);
            page.getByLabel("Siparişin e-posta adresi").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bana giriş bağlantısı gönder")).click();
            assertThat(page.locator("#link-sent")).isVisible();
            page.navigate(journeys.mailedLink(jdbc, email));

            assertThat(heading(page, "Sipariş " + number)).isVisible();
            assertThat(heading(page, "Ne olduğunu anlatın")).isVisible();
            page.getByLabel("Fikrimi değiştirdim").check();
            page.getByLabel("Seiko 5 Sports").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Talebimi gönder")).click();

            assertThat(page).hasURL(Pattern.compile("/portal/cases/[0-9a-f-]{36}$"));
            assertThat(heading(page, "Yanıtımız")).isVisible();
            assertThat(heading(page, "Bundan sonra ne olacak")).isVisible();
            assertThat(heading(page, "Bilmeniz gereken tarihler")).isVisible();
            assertThat(page.locator(".deadlines")).containsText("Cayma hakkınızın son günü");
            reference = page.locator("h1 span").first().innerText().replaceAll(".*\\s", "");
            Journeys.screenshot(page, "turkish-portal-case");
        }

        String agent = Journeys.staff(directory, Role.AGENT);
        try (BrowserContext context = Journeys.desktop(browser, "en-GB")) {
            Page page = context.newPage();
            page.navigate(journeys.base() + "/login");
            assertThat(heading(page, "Staff sign-in")).isVisible();
            turkish(page);
            assertThat(heading(page, "Personel girişi")).isVisible();
            page.getByLabel("Kullanıcı adı").fill(agent);
            page.getByLabel("Parola").fill(Journeys.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();

            assertThat(heading(page, "İş kuyruğu")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Talep " + reference);
            assertThat(heading(page, "Süreler")).isVisible();
            assertThat(heading(page, "Sıradaki adımlar")).isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "tr");
            Journeys.screenshot(page, "turkish-office-case");
        }
    }

    private static com.microsoft.playwright.Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Presses the Türkçe button, a GET of the same page with {@code lang=tr}, and waits for the Turkish page. */
    private static void turkish(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Türkçe")).click();
        page.waitForURL(url -> url.contains("lang=tr"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Türkçe")))
                .hasAttribute("aria-pressed", "true");
    }
}
