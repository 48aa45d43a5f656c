package com.aftercare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.identity.Role;
import com.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@DisplayName("The first administrator of a real installation")
class AdminBootstrapTest {

    @Autowired
    JdbcStaffDirectory directory;

    @Test
    @DisplayName("is created once from the bootstrap token, and that token then authenticates as ADMIN")
    void createsTheFirstAdminOnce() {
        String token = "bootstrap-" + "x".repeat(40);
        new AdminBootstrap(directory, token).createFirstAdmin();
        new AdminBootstrap(directory, token).createFirstAdmin();

        assertThat(directory.findUser(AdminBootstrap.ADMIN)).hasValueSatisfying(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
        assertThat(directory.findByToken(token)).hasValueSatisfying(caller -> assertThat(caller.username()).isEqualTo("admin"));
    }

    @Test
    @DisplayName("refuses a short token")
    void refusesAShortToken() {
        assertThatThrownBy(() -> new AdminBootstrap(directory, "short").createFirstAdmin())
                .satisfiesAnyOf(e -> assertThat(e).hasMessageContaining("at least 32"),
                        e -> assertThat(directory.findUser(AdminBootstrap.ADMIN)).isPresent());
    }
}
