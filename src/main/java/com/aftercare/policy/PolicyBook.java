package com.aftercare.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The store's versioned policy files. A case is judged by the version in force on the day its
 * goods were delivered; a checkout by the version in force on the day it was placed.
 */
public interface PolicyBook {

    /**
     * The version effective on that day: the latest whose effective date is not after it. A day
     * before the oldest version gets the oldest version: orders delivered before the first file
     * still need judging, and the oldest file is the best statement of the terms they were sold on.
     */
    PolicyVersion inForceOn(LocalDate day);

    /** Every version, oldest first; never empty. */
    List<PolicyVersion> versions();

    /**
     * The version a case was judged by, by its label.
     *
     * @throws IllegalStateException if the book no longer holds it (a version file removed while cases still cite it)
     */
    default PolicyVersion named(String version) {
        return versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalStateException("policy version " + version + " is no longer in the policy book"));
    }
}
