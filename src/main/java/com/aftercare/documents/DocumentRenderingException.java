package com.aftercare.documents;

/** A document could not be rendered: a missing or malformed template, or a PDF that could not be written. A bug, never bad input. */
public class DocumentRenderingException extends RuntimeException {

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
