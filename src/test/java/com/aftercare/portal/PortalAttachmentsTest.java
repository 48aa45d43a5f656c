package com.aftercare.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import com.aftercare.support.SignInLinks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The customer's photos on the portal: sent when the case asks for them, refused with the limits
 * a person can act on (nothing stored), and downloadable by that customer only.
 */
@IntegrationTest
@DisplayName("The portal's photos: sent, refused with the limits, seen only by their customer")
class PortalAttachmentsTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    final String address = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256),
            ThreadLocalRandom.current().nextInt(1, 255));

    @Test
    void the_customer_downloads_their_own_photo_typed_as_sniffed_never_cached_and_another_customer_gets_a_404() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        String casePage = openDamaged(session, order);
        byte[] png = png();
        mvc.perform(multipart(casePage + "/photos").file(new MockMultipartFile("photo", "crack.png", "image/png", png))
                .session(session).with(csrf())).andExpect(redirectedUrl(casePage + "?photo=added"));

        String page = mvc.perform(get(casePage).session(session)).andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(casePage) + "/attachments/[0-9a-f-]{36})\"").matcher(page);
        assertThat(link.find()).as("a link to the photo on the case page").isTrue();
        String download = link.group(1);

        mvc.perform(get(download).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"crack.png\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, allOf(containsString("private"), containsString("no-store"))))
                .andExpect(content().bytes(png));

        TestOrder someoneElse = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession theirSession = signIn(someoneElse);
        String theirCase = openDamaged(theirSession, someoneElse);
        String attachmentId = download.substring(download.lastIndexOf('/') + 1);
        mvc.perform(get(download).session(theirSession)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("crack.png"))));
        mvc.perform(get(theirCase + "/attachments/" + attachmentId).session(theirSession)).andExpect(status().isNotFound());
        mvc.perform(get(download)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void a_photo_over_its_limit_is_refused_on_the_page_with_the_limits_and_nothing_is_stored() throws Exception {
        TestOrder order = PortalTestOrders.deliveredWatch(mvc, tokens, 3);
        MockHttpSession session = signIn(order);
        String casePage = openDamaged(session, order);
        byte[] big = new byte[10 * MB + 1];
        byte[] png = png();
        System.arraycopy(png, 0, big, 0, png.length);

        mvc.perform(multipart(casePage + "/photos").file(new MockMultipartFile("photo", "big.png", "image/png", big))
                        .session(session).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("This file is too large: a photo may be at most 10 MB, a video at most 25 MB.")));
        mvc.perform(multipart(casePage + "/photos").file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
                        "%PDF-1.4 a document, not a photo".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                        .session(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("of at most 10 MB or a video (MP4) of at most 25 MB")));
        assertThat(jdbc.sql("select count(*) from case_attachment a join case_file c on c.id = a.case_id where c.order_number = ?")
                .param(order.number()).query(Long.class).single()).isZero();
        mvc.perform(get(casePage).session(session)).andExpect(content().string(containsString("up to 10 MB")));
    }

    private MockHttpSession signIn(TestOrder order) throws Exception {
        mvc.perform(post("/portal/link").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("orderNumber", order.number()).param("email", order.email()));
        String link = SignInLinks.latest(jdbc, order.email());
        return (MockHttpSession) mvc.perform(post("/portal/sign-in").with(csrf()).param("token", SignInLinks.tokenOf(link)))
                .andExpect(redirectedUrl("/portal/orders/" + order.number())).andReturn().getRequest().getSession(false);
    }

    private String openDamaged(MockHttpSession session, TestOrder order) throws Exception {
        return mvc.perform(post("/portal/orders/{n}/cases", order.number()).session(session).with(csrf())
                        .param("what", "ARRIVED_DAMAGED").param("lines", "1").param("description", "The glass is cracked."))
                .andExpect(redirectedUrlPattern("/portal/cases/*")).andReturn().getResponse().getRedirectedUrl();
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, ThreadLocalRandom.current().nextInt(0xFFFFFF));
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

}
