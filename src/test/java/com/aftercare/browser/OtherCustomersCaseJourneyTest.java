package com.aftercare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.support.ApiTokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;




import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer signed in for their own order types in the address of another customer's case: the portal answers
 * 404 with its not-found page, and nothing of the other case (reference, order, name, what was said) is on it.
 */
@DisplayName("Browser journey: a customer cannot open another customer's case")
class OtherCustomersCaseJourneyTest extends BrowserJourney {

    @Test
    void gets_the_not_found_page_and_none_of_the_other_case() throws Exception {
        var journeys = new Journeys(port, tokens);
        String suffix = Journeys.suffix();
        String mine = "W-MINE-" + suffix;
        String myEmail = "elif." + suffix + "@example.com";
        journeys.putDeliveredOrder(mine, myEmail, "Elif Şahin", "WATCH", "Seiko 5 Sports", 3);
        String theirs = "W-THEIRS-" + suffix;
        journeys.putDeliveredOrder(theirs, "mehmet." + suffix + "@example.com", "Mehmet Demir", "SMART_WATCH", "Galaxy Watch", 3);
        String secret = "Private note " + suffix;
        var theirCase = journeys.openReturn(theirs, secret);
        String theirReference = theirCase.get("reference").asString();

        try (BrowserContext context = Journeys.phone(browser, "en-GB")) {
            Page page = context.newPage();
            journeys.portalSignIn(page, jdbc, mine, myEmail);

            Response response = page.navigate(journeys.base() + "/portal/cases/" + theirCase.get("id").asString());
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
            assertThat(page.getByText("There is nothing here for you.")).isVisible();
            String text = page.locator("body").innerText();
            String html = page.content();
            for (String theirData : new String[] {theirReference, theirs, "Mehmet Demir", "Galaxy Watch", secret, "SN-" + theirs}) {
                assertThat(text).doesNotContain(theirData);
                assertThat(html).doesNotContain(theirData);
            }
            Journeys.screenshot(page, "other-customers-case");
            // the customer's own order still opens: the refusal did not cost the sign-in
            page.navigate(journeys.base() + "/portal/orders/" + mine);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Order " + mine))).isVisible();
        }
    }
}
