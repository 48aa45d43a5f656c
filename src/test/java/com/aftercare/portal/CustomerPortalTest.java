package com.aftercare.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.portal.PortalTestOrders.TestOrder;
import com.aftercare.identity.internal.StaffPagesSecurity;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import com.aftercare.support.SignInLinks;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The customer portal on the real service and database: the link request that never tells whether
 * an order exists, one-time links, a session for one order only, and a return opened from the
 * portal with its verdict.
 */
@IntegrationTest
@DisplayName("The customer portal /portal")
class CustomerPortalTest {

    static final String SENT = "If the order and the e-mail address match, a sign-in link is on its way.";

    @Autowired
    MockMvc mvc;
    @Autowired
    com.aftercare.identity.StaffDirectory staff;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    /** Each test asks from its own address, so the per-address limit of one test does not touch another. */
    final String address = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256),
            ThreadLocalRandom.current().nextInt(1, 255));

    RequestPostProcessor fromAddress() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcResult requestLink(String orderNumber, String email) throws Exception {
        return mvc.perform(post("/portal/link").with(csrf()).with(fromAddress()).param("orderNumber", orderNumber).param("email", email))
                .andReturn();
    }

    long mailsTo(String email) {
        return jdbc.sql("select count(*) from outgoing_mail where lower(recipient) = lower(?) and link is not null").param(email).query(Long.class).single();
    }

    String linkFor(String email) {
        return SignInLinks.latest(jdbc, email);
    }

    static String tokenOf(String link) {
        return SignInLinks.tokenOf(link);
    }

    MockHttpSession signIn(TestOrder order) throws Exception {
        requestLink(order.number(), order.email());
        MvcResult result = mvc.perform(post("/portal/sign-in").with(csrf()).param("token", tokenOf(linkFor(order.email()))))
                .andExpect(redirectedUrl("/portal/orders/" + order.number())).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    String openReturn(MockHttpSession session, TestOrder order) throws Exception {
        MvcResult opened = mvc.perform(post("/portal/orders/{n}/cases", order.number()).session(session).with(csrf())
                        .param("what", "CHANGED_MIND").param("lines", "1").param("description", "I changed my mind."))
                .andExpect(redirectedUrlPattern("/portal/cases/*")).andReturn();
        return opened.getResponse().getRedirectedUrl();
    }

    @Test
    void the_start_page_asks_for_the_order_number_and_e_mail_with_labels_and_the_stores_contacts() throws Exception {
        mvc.perform(get("/portal")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("<label for=\"orderNumber\">Order number</label>"),
                containsString("<label for=\"email\">E-mail address of the order</label>"),
                containsString("name=\"_csrf\""), containsString("0555 000 00 00"))));
        mvc.perform(get("/portal").param("lang", "tr")).andExpect(content().string(containsString("Sipariş numarası")));
    }

    @Test
    void the_link_request_answers_the_same_for_a_wrong_e_mail_or_an_unknown_order_and_sends_only_on_a_match() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        String wrongEmail = requestLink(order.number(), "someone.else@example.com").getResponse().getContentAsString();
        String unknownOrder = requestLink("W-NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8), order.email())
                .getResponse().getContentAsString();
        assertThat(mailsTo(order.email())).isZero();
        assertThat(mailsTo("someone.else@example.com")).isZero();

        MvcResult matching = requestLink(order.number(), order.email().toUpperCase());
        assertThat(matching.getResponse().getStatus()).isEqualTo(200);
        assertThat(mailsTo(order.email())).isEqualTo(1);
        String link = linkFor(order.email());
        // From the public URL, never from the request's host; the token after '#', which no browser sends to a server.
        assertThat(link).startsWith("http://localhost:8080/portal/sign-in#token=");
        assertThat(tokenOf(link)).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        // only the digest is stored
        assertThat(jdbc.sql("select count(*) from customer_link where token_digest = ?").param(tokenOf(link)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from customer_link where token_digest = ?").param(sha256Hex(tokenOf(link)))
                .query(Long.class).single()).isEqualTo(1);

        for (String answer : List.of(wrongEmail, unknownOrder, matching.getResponse().getContentAsString())) {
            assertThat(answer).contains(SENT).doesNotContain(order.email());
        }
    }

    @Test
    void link_requests_are_limited_per_e_mail() throws Exception {
        String email = "flood." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertThat(requestLink("W-ANY", email).getResponse().getStatus()).isEqualTo(200);
        }
        MvcResult sixth = requestLink("W-ANY", email);
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getContentAsString()).contains("many links in a short time");
    }

    @Test
    void a_link_signs_in_once_to_its_order_only() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        requestLink(order.number(), order.email());
        String token = tokenOf(linkFor(order.email()));

        // Opening the link (what a mail scanner does too) spends nothing: the page posts the token from the fragment.
        mvc.perform(get("/portal/sign-in")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(allOf(containsString("action=\"/portal/sign-in\""), containsString("name=\"_csrf\""),
                        containsString("src=\"/js/sign-in.js\""))));
        MvcResult first = mvc.perform(post("/portal/sign-in").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/portal/orders/" + order.number())).andReturn();
        var session = (MockHttpSession) first.getRequest().getSession(false);
        mvc.perform(get("/portal/orders/{n}", order.number()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Seiko 5 Sports"), containsString("I changed my mind"),
                        containsString("It stopped working"), containsString("0555 000 00 00"))));

        mvc.perform(post("/portal/sign-in").with(csrf()).param("token", token)).andExpect(redirectedUrl("/portal?problem=expired"));
        mvc.perform(get("/portal").param("problem", "expired")).andExpect(content().string(containsString("has been used or has expired")));
    }

    @Test
    void an_expired_link_signs_nobody_in() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        String token = "expired-" + UUID.randomUUID();
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
        jdbc.sql("insert into customer_link (token_digest, order_number, email, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(sha256Hex(token), order.number(), order.email(), Timestamp.from(past),
                        Timestamp.from(past.plus(30, ChronoUnit.MINUTES)))
                .update();
        MvcResult result = mvc.perform(post("/portal/sign-in").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/portal?problem=expired"))
                .andReturn();
        var session = result.getRequest().getSession(false);
        mvc.perform(get("/portal/orders/{n}", order.number()).session((MockHttpSession) (session == null ? new MockHttpSession() : session)))
                .andExpect(redirectedUrl("/portal"));
        mvc.perform(post("/portal/sign-in").with(csrf()).param("token", "not-a-token")).andExpect(redirectedUrl("/portal?problem=expired"));
    }

    @Test
    void a_link_of_the_older_form_moves_its_token_out_of_the_query_without_spending_it() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        requestLink(order.number(), order.email());
        String token = tokenOf(linkFor(order.email()));

        mvc.perform(get("/portal/sign-in").param("token", token)).andExpect(redirectedUrl("/portal/sign-in#token=" + token));
        mvc.perform(post("/portal/sign-in").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/portal/orders/" + order.number()));
    }

    @Test
    void the_token_is_exchanged_only_with_the_pages_csrf_token() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        requestLink(order.number(), order.email());
        String token = tokenOf(linkFor(order.email()));

        mvc.perform(post("/portal/sign-in").param("token", token)).andExpect(status().isForbidden());
        mvc.perform(post("/portal/sign-in").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/portal/orders/" + order.number()));
    }

    @Test
    void a_customer_opening_a_return_sees_its_verdict_with_the_clauses_and_the_days_left() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        String casePage = openReturn(session, order);

        mvc.perform(get(casePage).session(session)).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Our answer"), containsString("Still to be checked"), containsString("Asked in time"),
                containsString("RET-1"), containsString("What happens next"), containsString("You can change your mind until"),
                containsString("done in time"), containsString("Case opened"),
                containsString("0555 000 00 00"))));
        mvc.perform(get(casePage).session(session).param("lang", "tr")).andExpect(content().string(allOf(
                containsString("Yanıtımız"), containsString("Bundan sonra ne olacak"))));
        assertThat(jdbc.sql("select opened_by from case_file where order_number = ?").param(order.number()).query(String.class).single())
                .isEqualTo("customer:" + order.number());
        mvc.perform(get("/portal/orders/{n}", order.number()).session(session))
                .andExpect(content().string(containsString(casePage)));
    }

    @Test
    void a_return_comes_with_its_pre_filled_return_form_gen_4_and_only_for_its_own_customer() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        String casePage = openReturn(session, order);

        mvc.perform(get(casePage).session(session)).andExpect(content().string(containsString(casePage + "/return-form")));
        mvc.perform(get(casePage + "/return-form").session(session)).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Return form"), containsString("GEN-4"), containsString(order.number()),
                containsString("INV-"), containsString("Signature:"))));
        mvc.perform(get(casePage + "/return-form").session(session).param("lang", "tr"))
                .andExpect(content().string(allOf(containsString("İade formu"), containsString("İmza:"))));

        TestOrder someoneElse = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        mvc.perform(get(casePage + "/return-form").session(signIn(someoneElse))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(order.number()))));
    }

    @Test
    void a_customer_trying_another_customers_order_or_case_gets_404_and_never_its_data() throws Exception {
        TestOrder mine = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        TestOrder theirs = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession theirSession = signIn(theirs);
        String theirCase = openReturn(theirSession, theirs);
        MockHttpSession mySession = signIn(mine);

        mvc.perform(get("/portal/orders/{n}", theirs.number()).session(mySession)).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Not found"), not(containsString(theirs.number())),
                        not(containsString(theirs.email())))));
        mvc.perform(get(theirCase).session(mySession)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(theirs.number()))));
        mvc.perform(get("/portal/cases/{id}", UUID.randomUUID()).session(mySession)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/orders/{n}/cases", theirs.number()).session(mySession).with(csrf())
                .param("what", "CHANGED_MIND").param("lines", "1")).andExpect(status().isNotFound());
        mvc.perform(multipart(theirCase + "/photos").file("photo", new byte[] {1}).session(mySession).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from case_file where order_number = ?").param(theirs.number()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void every_form_needs_its_csrf_token() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        mvc.perform(post("/portal/link").with(fromAddress()).param("orderNumber", order.number()).param("email", order.email()))
                .andExpect(status().isForbidden());
        assertThat(mailsTo(order.email())).isZero();
        MockHttpSession session = signIn(order);
        mvc.perform(post("/portal/orders/{n}/cases", order.number()).session(session)
                .param("what", "CHANGED_MIND").param("lines", "1")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from case_file where order_number = ?").param(order.number()).query(Long.class).single())
                .isZero();
    }

    @Test
    void customers_never_get_the_back_office_and_staff_do_not_get_the_customer_pages() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        mvc.perform(get("/office").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/portal/orders/{n}", order.number()).with(StaffPagesSecurity.signedIn(staff, Role.AGENT, Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portal/orders/{n}", order.number())).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void a_warranty_needs_a_fault_description_in_plain_words() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 30);
        MockHttpSession session = signIn(order);
        mvc.perform(post("/portal/orders/{n}/cases", order.number()).session(session).with(csrf())
                .param("what", "STOPPED_WORKING").param("lines", "1")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("what the watch does")));
        mvc.perform(post("/portal/orders/{n}/cases", order.number()).session(session).with(csrf())
                .param("what", "STOPPED_WORKING").param("lines", "1").param("faultDescription", "It stopped at 3 o'clock."))
                .andExpect(redirectedUrlPattern("/portal/cases/*"));
        assertThat(jdbc.sql("select fault_code from case_file where order_number = ?").param(order.number()).query(String.class).single())
                .isEqualTo("CUSTOMER_REPORTED");
    }

    @Test
    void damage_noticed_after_delivery_asks_for_photos_and_the_photo_sent_settles_that_clock_dlv_4() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        MvcResult opened = mvc.perform(post("/portal/orders/{n}/cases", order.number()).session(session).with(csrf())
                        .param("what", "ARRIVED_DAMAGED").param("lines", "1").param("description", "The glass is cracked."))
                .andExpect(redirectedUrlPattern("/portal/cases/*")).andReturn();
        String casePage = opened.getResponse().getRedirectedUrl();
        mvc.perform(get(casePage).session(session)).andExpect(content().string(containsString("Send us photos")));

        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        mvc.perform(multipart(casePage + "/photos").file(new org.springframework.mock.web.MockMultipartFile("photo", "crack.png",
                        "image/png", png.toByteArray())).session(session).with(csrf()))
                .andExpect(redirectedUrl(casePage + "?photo=added"));

        assertThat(jdbc.sql("select count(*) from case_attachment a join case_file c on c.id = a.case_id where c.order_number = ? and a.kind = 'PHOTO'")
                .param(order.number()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select met from case_deadline d join case_file c on c.id = d.case_id where c.order_number = ? and d.kind = 'PHOTOS'")
                .param(order.number()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void photos_are_taken_only_when_the_case_asks_for_them() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        String casePage = openReturn(session, order);
        mvc.perform(get(casePage).session(session)).andExpect(content().string(not(containsString("Send us photos"))));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        mvc.perform(multipart(casePage + "/photos").file("photo", png).session(session).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("not asking for photos")));
    }

    /** How a sign-in token is stored: its SHA-256, never the token. */
    private static String sha256Hex(String token) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
