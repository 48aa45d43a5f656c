package com.aftercare.policy;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a verdict came out as it did: a message key and its arguments, so the web layer can render
 * it in English or Turkish, and an English pattern ({@link MessageFormat}) for logs, tests and any
 * language without a translation yet.
 *
 * @param key e.g. {@code return.window.closed}
 * @param arguments the values the message shows (days, dates, categories), in pattern order
 * @param defaultPattern English text with {@code {0}}-style placeholders
 */
public record Reason(String key, List<Object> arguments, String defaultPattern) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");

    public Reason {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a message key is dotted lower-camel words, not \"" + key + "\"");
        }
        Objects.requireNonNull(defaultPattern, "defaultPattern");
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, String defaultPattern, Object... arguments) {
        return new Reason(key, Arrays.asList(arguments), defaultPattern);
    }

    /** A reason read back from where a decision was stored: its key was made by {@link #of} when it was decided. */
    public static Reason stored(String key, List<?> arguments, String defaultPattern) {
        return new Reason(key, List.copyOf(arguments), defaultPattern);
    }

    /** The English text with its arguments filled in. */
    public String defaultText() {
        return new MessageFormat(defaultPattern, Locale.ENGLISH).format(arguments.toArray());
    }
}
