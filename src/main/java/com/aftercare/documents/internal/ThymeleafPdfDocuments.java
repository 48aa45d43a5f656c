package com.aftercare.documents.internal;

import com.aftercare.documents.DocumentRenderingException;
import com.aftercare.documents.PdfDocuments;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf in XML mode, then openhtmltopdf. openhtmltopdf reads its input with an XML parser, so
 * the templates are XHTML, processed as XML: every text put in by {@code th:text} is XML-escaped,
 * characters XML does not allow are dropped, and a template that is not well formed fails on every
 * render (so in the tests), naming the template. No lenient HTML parser (jsoup) repairs markup after
 * the fact: what the template says is what is printed.
 *
 * <p>The one font is the Liberation Sans that PDFBox carries in its jar: it covers ğ ş ı İ ç ö ü,
 * and it is embedded (subset) in every PDF, so no reader substitutes a font without those letters.
 * Documents load nothing from outside: every external resource is refused.
 */
@Component
class ThymeleafPdfDocuments implements PdfDocuments {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What XML 1.0 does not allow in a document (control characters a customer's text may carry): dropped, never a failure. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    /** Only for the parser's relative references, of which the templates have none; nothing is ever loaded. */
    private static final String BASE_URI = "classpath:/templates/documents/";

    private final SpringTemplateEngine templates;
    private final byte[] font;

    static {
        // Its messages go to the application's log, at the levels set there, not straight to the console.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    ThymeleafPdfDocuments(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        this.templates = new SpringTemplateEngine();
        this.templates.setTemplateResolver(resolver);
        this.templates.setTemplateEngineMessageSource(messages);
        this.font = readFont();
    }

    @Override
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("a document template is named in lower-case words joined by hyphens, not " + template);
        }
        String xhtml;
        try {
            xhtml = templates.process(template, new Context(locale, model));
        } catch (TemplateEngineException e) {
            throw new DocumentRenderingException("The document template " + template + " could not be rendered", e);
        }
        return pdf(template, NOT_XML.matcher(xhtml).replaceAll(""));
    }

    private byte[] pdf(String template, String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Aftercare");
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, BASE_URI);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new DocumentRenderingException("The document " + template + " could not be written as a PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] readFont() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's jar has no " + FONT_RESOURCE + "; the documents have no font for Turkish letters");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documents' font " + FONT_RESOURCE, e);
        }
    }
}
