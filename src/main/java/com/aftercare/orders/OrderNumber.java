package com.aftercare.orders;

import java.util.regex.Pattern;

/** The shop's order number: the id every case, unit and refund refers to. */
public record OrderNumber(String value) {

    /** What the shop may use: 1 to 40 letters, digits, dashes and underscores (safe in a URL path). */
    public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public OrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an order number is 1 to 40 letters, digits, '-' or '_', not " + value);
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
