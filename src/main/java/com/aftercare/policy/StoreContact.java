package com.aftercare.policy;

import java.util.Objects;

/** Who the customer reaches for a return or a fault (RET-1, WAR-6); configuration, never hard-coded. */
public record StoreContact(String name, String email, String phone) {

    public StoreContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }
}
