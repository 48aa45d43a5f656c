package com.aftercare.policy.internal;

import com.aftercare.policy.InstallmentRules;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Placeholder until the policy files are loaded: replaced by the YAML-backed book. */
@Component
class PlaceholderPolicyBook implements PolicyBook {

    private final PolicyVersion version = new PolicyVersion("placeholder", LocalDate.of(2020, 1, 1),
            new InstallmentRules(12, Map.of("WORLD", new TreeSet<>(List.of(1, 2, 3)))));

    @Override
    public PolicyVersion inForceOn(LocalDate day) {
        return version;
    }

    @Override
    public List<PolicyVersion> versions() {
        return List.of(version);
    }
}
