package com.aftercare.platform.web;

/**
 * The request is well formed but the thing's current state does not allow it (a step the case's
 * state does not allow, someone else changed it first). Answered 409 with what the state allows.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
