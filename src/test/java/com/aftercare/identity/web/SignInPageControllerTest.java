package com.aftercare.identity.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.internal.StaffPagesSecurity;
import com.aftercare.policy.internal.PolicyBookConfiguration;
import com.aftercare.policy.web.StoreContacts;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SignInPageController.class)
@Import({StaffPagesSecurity.class, PolicyBookConfiguration.class, StoreContacts.class, SignInPageControllerTest.Today.class})
@DisplayName("The sign-in page /login")
class SignInPageControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void is_open_labelled_and_carries_a_csrf_token() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().string(allOf(containsString("<label for=\"username\">"), containsString("<label for=\"password\">"),
                        containsString("name=\"_csrf\""), containsString("autocomplete=\"current-password\""),
                        containsString("service@example.com"), not(containsString("role=\"alert\"")))));
    }

    @Test
    void htmx_and_the_style_sheet_are_served_without_signing_in() throws Exception {
        // webjars-locator-lite resolves the version-less path the layout links
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/office.css")).andExpect(status().isOk());
    }

    @Test
    void says_the_sign_in_failed_without_saying_whether_the_user_exists() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("The user name or password is wrong, or the account is disabled.")));
    }

    @Test
    void says_when_the_name_or_address_is_locked() throws Exception {
        mvc.perform(get("/login").param("locked", "").param("lang", "tr"))
                .andExpect(content().string(containsString("Çok fazla başarısız giriş denemesi")));
    }
}
