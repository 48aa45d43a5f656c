package com.aftercare.policy.internal;

import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.StatutoryFloor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the policy book at start-up. The files are on the classpath by default; a store can point
 * {@code aftercare.policy.location} at a directory ({@code file:/etc/aftercare/policy}) or a pattern
 * to ship new versions without a rebuild.
 */
@Configuration(proxyBeanMethods = false)
public class PolicyBookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PolicyBookConfiguration.class);

    static final String DEFAULT_LOCATION = "classpath:policy/*" + PolicyFileParser.EXTENSION;

    /** The store's versions, each with the statutory floor laid under it (its rules citable beside the clauses). */
    @Bean
    PolicyBook policyBook(@Value("${aftercare.policy.location:" + DEFAULT_LOCATION + "}") String location,
            ResourceLoader resourceLoader, StatutoryFloor floor) {
        String pattern = asPattern(location);
        PolicyBook files = PolicyBookLoader.load(read(pattern, new PathMatchingResourcePatternResolver(resourceLoader)), pattern);
        for (PolicyVersion version : files.versions()) {
            for (StatutoryFloor.Override override : floor.overridesOf(version)) {
                log.info("Policy {}: {} is overridden by the statutory floor's {} ({}): {}", version.version(),
                        override.clause().value(), override.by().id().value(), override.by().source(), override.reason().en());
            }
        }
        return new VersionedPolicyBook(files.versions().stream().map(version -> version.over(floor)).toList());
    }

    /**
     * The statutory floor (POLICY.md, LAW-*), from its own file; each store clause it overrides in each policy version
     * is listed in the log at start-up, so that a store sees where its texts give less than the law.
     */
    @Bean
    StatutoryFloor statutoryFloor(@Value("${aftercare.floor.location:classpath:floor/statutory-floor.yaml}") String location,
            ResourceLoader resourceLoader) {
        return StatutoryFloorParser.parse(source(resourceLoader.getResource(location)));
    }

    /** A location without a wildcard is a directory: take its policy files. */
    static String asPattern(String location) {
        if (location.contains("*")) {
            return location;
        }
        return location.replaceAll("/+$", "") + "/*" + PolicyFileParser.EXTENSION;
    }

    static List<PolicyFileSource> read(String pattern, PathMatchingResourcePatternResolver resolver) {
        try {
            return Arrays.stream(resolver.getResources(pattern))
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
                    .map(PolicyBookConfiguration::source)
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot list the policy files at " + pattern, unreadable);
        }
    }

    private static PolicyFileSource source(Resource resource) {
        try {
            return new PolicyFileSource(Objects.requireNonNullElse(resource.getFilename(), resource.getDescription()),
                    resource.getDescription(), resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the policy file " + resource.getDescription(), unreadable);
        }
    }
}
