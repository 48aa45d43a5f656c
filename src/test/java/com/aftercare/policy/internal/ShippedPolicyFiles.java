package com.aftercare.policy.internal;

import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.StatutoryFloor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The policy files the service ships, read as the application reads them. */
final class ShippedPolicyFiles {

    static final String FIRST = "2024-01-01.yaml";
    static final String SECOND = "2026-01-01.yaml";

    private ShippedPolicyFiles() {
    }

    static List<PolicyFileSource> all() {
        return PolicyBookConfiguration.read(PolicyBookConfiguration.DEFAULT_LOCATION,
                new PathMatchingResourcePatternResolver());
    }

    /** The versions as the service holds them: each with the statutory floor laid under it. */
    static PolicyBook book() {
        StatutoryFloor floor = floor();
        return new VersionedPolicyBook(PolicyBookLoader.load(all(), PolicyBookConfiguration.DEFAULT_LOCATION).versions()
                .stream().map(version -> version.over(floor)).toList());
    }

    static StatutoryFloor floor() {
        try {
            String text = new ClassPathResource("floor/statutory-floor.yaml").getContentAsString(StandardCharsets.UTF_8);
            return StatutoryFloorParser.parse(new PolicyFileSource("statutory-floor.yaml", "classpath:floor/statutory-floor.yaml", text));
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }

    static String text(String fileName) {
        try {
            return new ClassPathResource("policy/" + fileName).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
