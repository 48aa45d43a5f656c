package com.aftercare.orders;

import java.util.regex.Pattern;

/** The maker's serial number of one unit: unique across all orders, the key of a unit's warranty ledger. */
public record SerialNumber(String value) {

    /** 1 to 64 characters: letters, digits and . _ / - (no spaces), starting with a letter or digit. */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public SerialNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a serial number is 1 to 64 letters, digits, '.', '_', '/' or '-', not " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
