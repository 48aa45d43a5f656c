package com.aftercare.platform.web;

/** Something named in the request does not exist, or is not the caller's to see (never the data). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
