package com.aftercare.calendar.web;

/** A request parameter that converted fine but makes no sense (e.g. a date outside the calendar's years). */
class InvalidParameterException extends RuntimeException {

    private final String field;

    InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
