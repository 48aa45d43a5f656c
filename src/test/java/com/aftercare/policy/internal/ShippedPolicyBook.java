package com.aftercare.policy.internal;

import com.aftercare.policy.PolicyBook;

/**
 * The shipped policy book for plain unit tests in other packages (the rules' tests), read as the
 * application reads it, without Spring.
 */
public final class ShippedPolicyBook {

    private ShippedPolicyBook() {
    }

    public static PolicyBook load() {
        return ShippedPolicyFiles.book();
    }

    /** The statutory floor's shipped file. */
    public static com.aftercare.policy.StatutoryFloor floor() {
        return ShippedPolicyFiles.floor();
    }
}
