/**
 * Printable documents: a Thymeleaf template under {@code templates/documents/} rendered to PDF
 * with its texts from the message bundles, in the reader's language. It knows nothing of cases or
 * orders; the modules that own the facts build the model and serve the downloads.
 */
package com.aftercare.documents;
