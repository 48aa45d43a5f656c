package com.aftercare.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@DisplayName("Every API error is an RFC 9457 problem a person can act on")
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Nested
    @DisplayName("Authentication and roles")
    class Authentication {

        @Test
        void noTokenIs401() throws Exception {
            mvc.perform(get("/api/test-probe/things/1"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(jsonPath("$.title").value("Unauthorized"))
                    .andExpect(jsonPath("$.detail", containsString("Bearer")));
        }

        @Test
        void unknownTokenIs401() throws Exception {
            mvc.perform(get("/api/test-probe/things/1").header("Authorization", "Bearer not-a-token"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.status").value(401));
        }

        @Test
        void otherSchemeIs401() throws Exception {
            mvc.perform(get("/api/test-probe/things/1").header("Authorization", "Basic ZGVtbzpkZW1v"))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void unknownPathWithoutTokenIs401NotA404() throws Exception {
            mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isUnauthorized());
        }

        @Test
        void wrongRoleIs403WithoutTheData() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.AGENT))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"size\":1}"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Forbidden"))
                    .andExpect(jsonPath("$.id").doesNotExist());
        }

        @Test
        void wrongRoleIs403EvenWhenTheBodyIsBad() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.AGENT))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"size\": \"big\""))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/users/nobody").header("Authorization", tokens.bearer(Role.FINANCE)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void rightRoleIsServed() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.FINANCE))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"size\":1}"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value("x"));
        }
    }

    @Nested
    @DisplayName("Bad requests")
    class BadRequests {

        @Test
        void malformedJsonNamesWhere() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.FINANCE))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\",\n \"size\": }"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Malformed request body"))
                    .andExpect(jsonPath("$.detail", containsString("line 2")));
        }

        @Test
        void wrongTypeNamesTheField() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.FINANCE))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"size\": \"big\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("'size'")))
                    .andExpect(jsonPath("$.detail", containsString("whole number")));
        }

        @Test
        void unknownFieldIsRefusedNotDropped() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.FINANCE))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"size\": 1, \"colour\": \"red\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("'colour'")));
        }

        @Test
        void emptyBodyIs400() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.FINANCE))
                            .contentType(MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").exists());
        }

        @Test
        void wrongContentTypeIs415() throws Exception {
            mvc.perform(post("/api/test-probe/things").header("Authorization", tokens.bearer(Role.FINANCE))
                            .contentType(MediaType.TEXT_PLAIN).content("name=x"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("application/json")));
        }

        @Test
        void wrongMethodIs405WithWhatIsAllowed() throws Exception {
            mvc.perform(put("/api/test-probe/things/1").header("Authorization", tokens.bearer(Role.FINANCE)))
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().exists("Allow"))
                    .andExpect(jsonPath("$.detail", containsString("GET")));
        }

        @Test
        void unknownPathIs404Problem() throws Exception {
            mvc.perform(get("/api/v1/no-such-thing").header("Authorization", tokens.bearer(Role.AGENT)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("No such path"));
        }

        @Test
        void pathVariableOfWrongTypeIs400() throws Exception {
            mvc.perform(get("/api/test-probe/things/abc").header("Authorization", tokens.bearer(Role.AGENT)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("id"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("whole number")));
        }
    }
}
