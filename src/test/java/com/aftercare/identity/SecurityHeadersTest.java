package com.aftercare.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every face of the service (office, portal, API) sends the headers that keep a browser from leaking or overreaching. */
@IntegrationTest
@DisplayName("Security headers")
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/office", "/portal", "/portal/sign-in", "/api/v1/policy"})
    @DisplayName("no Referer leaves a page, unused browser features are denied, and nothing is sniffed")
    void onEveryFace(String path) throws Exception {
        mvc.perform(request(path))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
                .andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/portal", "/api/v1/policy"})
    @DisplayName("over HTTPS, browsers are told to use nothing else (HSTS)")
    void hstsOverHttps(String path) throws Exception {
        mvc.perform(request(path).secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    private MockHttpServletRequestBuilder request(String path) {
        var request = get(path);
        return path.startsWith("/api/") ? request.header(HttpHeaders.AUTHORIZATION, tokens.bearer(com.aftercare.identity.Role.AGENT))
                : request;
    }
}
