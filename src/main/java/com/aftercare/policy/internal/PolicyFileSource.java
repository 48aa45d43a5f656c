package com.aftercare.policy.internal;

import java.util.Objects;

/**
 * One policy file as read from wherever the store keeps them.
 *
 * @param name the file name, e.g. {@code 2026-01-01.yaml}: errors name it, and it must match the
 *     version's effective date
 * @param location where it came from (a classpath or file URL), to tell two files of one name apart
 * @param text the file's content
 */
record PolicyFileSource(String name, String location, String text) {

    PolicyFileSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }

    PolicyFileSource(String name, String text) {
        this(name, name, text);
    }
}
