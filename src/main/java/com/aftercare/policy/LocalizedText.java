package com.aftercare.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the store's two languages. Both are required: a decision is shown to the customer in
 * the language they chose, and a Turkish consumer has the right to the Turkish wording.
 */
public record LocalizedText(String en, String tr) {

    public static final Locale TURKISH = Locale.forLanguageTag("tr");

    public LocalizedText {
        requireText(en, "English");
        requireText(tr, "Turkish");
    }

    /** The Turkish text for a Turkish locale, the English text for any other. */
    public String in(Locale locale) {
        return isTurkish(locale) ? tr : en;
    }

    public static boolean isTurkish(Locale locale) {
        return locale != null && TURKISH.getLanguage().equals(locale.getLanguage());
    }

    private static void requireText(String text, String language) {
        Objects.requireNonNull(text, () -> "the " + language + " text is required");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the " + language + " text must not be blank");
        }
    }
}
