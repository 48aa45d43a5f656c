package com.aftercare.policy.internal;

import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The policy book over its versions, oldest first; pure, so any caller can pass any day. */
final class VersionedPolicyBook implements PolicyBook {

    private final List<PolicyVersion> versions;

    VersionedPolicyBook(List<PolicyVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a policy book has at least one version");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(PolicyVersion::effectiveFrom)).toList();
    }

    /**
     * The latest version not after the day. A day before the oldest version gets the oldest one: an
     * order delivered before the first file still needs judging, and the oldest file is the nearest
     * statement of the terms it was sold on.
     */
    @Override
    public PolicyVersion inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        PolicyVersion inForce = versions.getFirst();
        for (PolicyVersion version : versions) {
            if (version.effectiveFrom().isAfter(day)) {
                break;
            }
            inForce = version;
        }
        return inForce;
    }

    @Override
    public List<PolicyVersion> versions() {
        return versions;
    }
}
