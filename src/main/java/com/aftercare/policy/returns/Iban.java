package com.aftercare.policy.returns;

import java.util.Locale;
import java.util.Optional;

/**
 * A Turkish IBAN, where PAY-3 sends a refund of a bank transfer or a cash-on-delivery payment:
 * {@code TR}, two check digits and 22 digits (26 characters), whose check digits pass ISO 13616's
 * mod-97 test. Written with or without the spaces of the paper form, in either case.
 *
 * @param value the compact form, upper case, e.g. {@code TR330006100519786457841326}
 */
public record Iban(String value) {

    public static final int LENGTH = 26;
    private static final String COUNTRY = "TR";

    public Iban {
        String compact = compact(value);
        problemWith(compact).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        value = compact;
    }

    public static Iban parse(String text) {
        return new Iban(text);
    }

    /** Why the text is not a Turkish IBAN, in words a person can act on; empty if it is one. */
    public static Optional<String> problemWith(String text) {
        String iban = compact(text);
        if (iban.isEmpty()) {
            return Optional.of("an IBAN is required");
        }
        if (!iban.startsWith(COUNTRY)) {
            return Optional.of("a Turkish IBAN starts with TR, not \"" + iban.substring(0, Math.min(2, iban.length()))
                    + "\"");
        }
        for (int i = COUNTRY.length(); i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("a Turkish IBAN has only digits after TR, but character " + (i + 1) + " is \""
                        + c + "\"");
            }
        }
        if (iban.length() != LENGTH) {
            return Optional.of("a Turkish IBAN is TR and 24 digits (" + LENGTH + " characters), not "
                    + iban.length() + " characters");
        }
        if (mod97(iban) != 1) {
            return Optional.of("the check digits " + iban.substring(2, 4) + " do not match the rest of the IBAN"
                    + " (ISO 13616 mod 97): a digit is mistyped or two are swapped");
        }
        return Optional.empty();
    }

    /** The paper form: groups of four, e.g. {@code TR33 0006 1005 1978 6457 8413 26}. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder;
    }
}
