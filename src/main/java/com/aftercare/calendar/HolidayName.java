package com.aftercare.calendar;

import java.util.Objects;

/**
 * A holiday's name in the two languages the store speaks (the portal and documents are English and Turkish).
 */
public record HolidayName(String en, String tr) {

    public HolidayName {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(tr, "tr");
        if (en.isBlank() || tr.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name in English and in Turkish");
        }
    }
}
