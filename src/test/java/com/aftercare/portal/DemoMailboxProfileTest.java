package com.aftercare.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.internal.StaffPagesSecurity;
import com.aftercare.policy.internal.PolicyBookConfiguration;
import com.aftercare.policy.web.StoreContacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import com.aftercare.platform.mail.MailOutbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The demo mailbox page: there in the demo profile with the sign-in links, a 404 anywhere else. */
@DisplayName("The demo mailbox /portal/mailbox")
class DemoMailboxProfileTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    @Import({StaffPagesSecurity.class, PolicyBookConfiguration.class, StoreContacts.class})
    static class Support {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Istanbul"));
        }
    }

    @Nested
    @WebMvcTest(DemoMailboxController.class)
    @Import(Support.class)
    @ActiveProfiles({"test", "demo"})
    @DisplayName("in the demo profile")
    class InTheDemo {

        @Autowired
        MockMvc mvc;

        @MockitoBean
        MailOutbox mailbox;

        @Test
        void lists_the_messages_with_their_links() throws Exception {
            given(mailbox.recent(50)).willReturn(List.of(new MailOutbox.QueuedMail(1, "ayse@example.com", "Your sign-in link",
                    "Open it", "http://localhost/portal/sign-in?token=abc", "SENT", 1, NOW, NOW, "LOCAL")));
            mvc.perform(get("/portal/mailbox")).andExpect(status().isOk()).andExpect(content().string(allOf(
                    containsString("ayse@example.com"), containsString("href=\"http://localhost/portal/sign-in?token=abc\""),
                    containsString("Open the sign-in link"))));
        }
    }

    @Nested
    @WebMvcTest(DemoMailboxController.class)
    @Import(Support.class)
    @ActiveProfiles("production")
    @DisplayName("outside the demo profile")
    class Elsewhere {

        @Autowired
        MockMvc mvc;

        @MockitoBean
        MailOutbox mailbox;

        @Test
        void is_not_found() throws Exception {
            mvc.perform(get("/portal/mailbox")).andExpect(status().isNotFound());
        }
    }
}
