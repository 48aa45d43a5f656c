package com.aftercare.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The store's versioned policy files. A case is judged by the version in force on the day its
 * goods were delivered; a checkout by the version in force on the day it was placed.
 */
public interface PolicyBook {

    /** The version effective on that day: the latest whose effective date is not after it. */
    PolicyVersion inForceOn(LocalDate day);

    /** Every version, oldest first. */
    List<PolicyVersion> versions();
}
