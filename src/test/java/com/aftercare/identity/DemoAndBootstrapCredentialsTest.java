package com.aftercare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@DisplayName("Outside the demo profile no default credential exists")
class DemoAndBootstrapCredentialsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory directory;

    @Test
    void demoTokensDoNotWork() throws Exception {
        for (Role role : Role.values()) {
            String token = "demo-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-token";
            mvc.perform(get("/api/test-probe/things/1").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(directory.findUser("demo-admin")).isEmpty();
    }
}
