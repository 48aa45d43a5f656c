package com.aftercare.policy.internal;

import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyFileException;
import com.aftercare.policy.PolicyVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the policy book from its files, or refuses with every problem of every file at once: the
 * service must not start on a policy it cannot read (DESIGN.md).
 */
final class PolicyBookLoader {

    private PolicyBookLoader() {
    }

    static PolicyBook load(List<PolicyFileSource> files, String location) {
        if (files.isEmpty()) {
            throw new PolicyFileException(List.of("no policy files (*" + PolicyFileParser.EXTENSION + ") found at "
                    + location + "; the service needs at least one version of the policy book"));
        }
        List<String> problems = new ArrayList<>();
        List<Read> versions = new ArrayList<>();
        for (PolicyFileSource file : files) {
            try {
                versions.add(new Read(PolicyFileParser.parse(file), file));
            } catch (PolicyFileException refused) {
                problems.addAll(refused.problems());
            }
        }
        problems.addAll(clashes(versions, v -> v.effectiveFrom().toString(), "take effect on"));
        problems.addAll(clashes(versions, PolicyVersion::version, "both call themselves version"));
        if (!problems.isEmpty()) {
            throw new PolicyFileException(problems);
        }
        return new VersionedPolicyBook(versions.stream().map(Read::version).toList());
    }

    /** Two files for one day (or one version label) would make the book ambiguous. */
    private static List<String> clashes(List<Read> versions, Function<PolicyVersion, String> key, String wording) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        versions.forEach(read ->
                byKey.computeIfAbsent(key.apply(read.version()), k -> new ArrayList<>()).add(read.file().location()));
        return byKey.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .map(entry -> String.join(" and ", entry.getValue()) + " " + wording + " " + entry.getKey()
                        + "; keep one file per version")
                .toList();
    }

    /** A version with the file it came from (two identical files are still two files). */
    private record Read(PolicyVersion version, PolicyFileSource file) {
    }
}
