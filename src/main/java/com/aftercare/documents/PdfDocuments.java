package com.aftercare.documents;

import java.util.Locale;
import java.util.Map;

/**
 * Renders one document: the template {@code templates/documents/<template>.html}, filled from the
 * model, its {@code #{...}} texts from the message bundles in {@code locale}, as a PDF that embeds
 * its font (Turkish letters included) and loads nothing from outside.
 */
public interface PdfDocuments {

    /**
     * @param template the template's name under {@code templates/documents/}, without {@code .html}
     * @return the PDF's bytes
     * @throws DocumentRenderingException when the template is missing or malformed, or the PDF cannot be written
     */
    byte[] render(String template, Map<String, Object> model, Locale locale);
}
