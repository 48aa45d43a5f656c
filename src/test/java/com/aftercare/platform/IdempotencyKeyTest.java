package com.aftercare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import com.aftercare.support.ProbeController;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@DisplayName("Idempotency-Key on creating POSTs")
class IdempotencyKeyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ProbeController probe;

    private ResultActions postThing(String key, String body, Role role) throws Exception {
        return mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(role))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    @DisplayName("the same key with the same body returns the first answer and creates nothing new")
    void replay() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult first = postThing(key, "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isCreated()).andReturn();
        int createdAfterFirst = probe.createdCount();

        MvcResult second = postThing(key, "{\"name\":\"watch\",\"size\":1}", Role.FINANCE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn();

        assertThat(probe.createdCount()).isEqualTo(createdAfterFirst);
        assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
    }

    @Test
    @DisplayName("the same key with another body is a 422 and creates nothing")
    void reuseWithAnotherBody() throws Exception {
        String key = UUID.randomUUID().toString();
        postThing(key, "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isCreated());
        int createdAfterFirst = probe.createdCount();

        postThing(key, "{\"name\":\"strap\",\"size\":1}", Role.FINANCE)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"));

        assertThat(probe.createdCount()).isEqualTo(createdAfterFirst);
    }

    @Test
    @DisplayName("a new key creates again")
    void newKeyCreates() throws Exception {
        postThing(UUID.randomUUID().toString(), "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isCreated());
        int before = probe.createdCount();
        postThing(UUID.randomUUID().toString(), "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isCreated());
        assertThat(probe.createdCount()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a refused request releases its key, so the corrected body can use it")
    void refusedRequestReleasesTheKey() throws Exception {
        String key = UUID.randomUUID().toString();
        postThing(key, "{\"name\":\"watch\",\"size\":-1}", Role.FINANCE).andExpect(status().isBadRequest());
        postThing(key, "{\"name\":\"watch\",\"size\":2}", Role.FINANCE).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    @DisplayName("keys belong to their caller: another caller's key does not replay someone else's answer")
    void keysArePerCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        postThing(key, "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isCreated());
        postThing(key, "{\"name\":\"watch\",\"size\":1}", Role.AGENT).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("an upload is fingerprinted by its parts: the same file replays, another file is a 422")
    void uploads() throws Exception {
        String key = UUID.randomUUID().toString();
        // Parts, as a servlet container hands an upload over (MockMvc's file() would bypass getParts()).
        var photo = new MockPart("file", "a.png", new byte[] {1, 2, 3});
        var other = new MockPart("file", "a.png", new byte[] {1, 2, 4});
        mvc.perform(multipart("/api/test-probe/uploads").part(photo).header("Authorization", tokens.bearer(Role.FINANCE))
                .header("Idempotency-Key", key)).andExpect(status().isCreated());
        int created = probe.createdCount();
        mvc.perform(multipart("/api/test-probe/uploads").part(photo).header("Authorization", tokens.bearer(Role.FINANCE))
                .header("Idempotency-Key", key)).andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"));
        mvc.perform(multipart("/api/test-probe/uploads").part(other).header("Authorization", tokens.bearer(Role.FINANCE))
                .header("Idempotency-Key", key)).andExpect(status().isUnprocessableContent());
        assertThat(probe.createdCount()).isEqualTo(created);
    }

    @Test
    @DisplayName("an empty or over-long key is refused with a 400")
    void badKey() throws Exception {
        postThing(" ", "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isBadRequest());
        postThing("k".repeat(256), "{\"name\":\"watch\",\"size\":1}", Role.FINANCE).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid Idempotency-Key"));
    }
}
