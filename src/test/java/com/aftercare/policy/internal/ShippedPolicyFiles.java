package com.aftercare.policy.internal;

import com.aftercare.policy.PolicyBook;
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

    static PolicyBook book() {
        return PolicyBookLoader.load(all(), PolicyBookConfiguration.DEFAULT_LOCATION);
    }

    static String text(String fileName) {
        try {
            return new ClassPathResource("policy/" + fileName).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
