package com.aftercare.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.OrderDocuments;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Orders for the portal's tests, as the shop reports them (PUT, role INTEGRATION): one watch, delivered days ago. */
final class PortalTestOrders {

    private PortalTestOrders() {
    }

    record TestOrder(String number, String email) {
    }

    static TestOrder deliveredWatch(MockMvc mvc, ApiTokens tokens, int daysAgo) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String number = "W-PORTAL-" + suffix;
        String email = "ayse." + suffix + "@example.com";
        String body = OrderDocuments.deliveredWatch(number, email, "tr", daysAgo);
        mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        return new TestOrder(number, email);
    }
}
