package com.aftercare.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.documents.DocumentRenderingException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The documents module on its own: a template under templates/documents/ (test-only templates here)
 * with its messages in the reader's language becomes a PDF whose text reads back, Turkish letters
 * included, in the one embedded font; nothing is fetched from outside; a malformed template fails.
 */
@DisplayName("PDF documents from Thymeleaf templates")
class ThymeleafPdfDocumentsTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private final ThymeleafPdfDocuments documents = new ThymeleafPdfDocuments(messages());

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.setAlwaysUseMessageFormat(true);
        messages.addMessage("test.title", Locale.ENGLISH, "Test document");
        messages.addMessage("test.title", TURKISH, "Deneme belgesi");
        messages.addMessage("test.greeting", Locale.ENGLISH, "Hello {0}");
        messages.addMessage("test.greeting", TURKISH, "Merhaba {0}, iyi günler");
        return messages;
    }

    /** The PDF's text, lines joined: a long line wraps wherever the page ends. */
    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void the_pdf_is_a_valid_pdf_whose_text_reads_back_with_turkish_letters_in_the_readers_language() throws IOException {
        byte[] pdf = documents.render("test-letters", Map.of("name", "Ağaoğlu Şükrü Işıl İnce Çelik Öztürk Ünal",
                "note", "ğ ş ı İ ç ö ü Ğ Ş Ç Ö Ü", "image", "data:,"), TURKISH);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("Merhaba Ağaoğlu Şükrü Işıl İnce Çelik Öztürk Ünal, iyi günler", "ğ ş ı İ ç ö ü Ğ Ş Ç Ö Ü");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Deneme belgesi");
        }
        try (PDDocument english = Loader.loadPDF(documents.render("test-letters", Map.of("name", "Ayşe", "note", "-",
                "image", "data:,"), Locale.ENGLISH))) {
            assertThat(text(english)).contains("Hello Ayşe");
        }
    }

    @Test
    void every_font_in_the_pdf_is_the_embedded_liberation_sans_bold_text_included() throws IOException {
        byte[] pdf = documents.render("test-letters", Map.of("name", "Çağrı", "note", "ş", "image", "data:,"), TURKISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    void text_from_the_model_is_escaped_and_control_characters_do_not_break_the_pdf() throws IOException {
        byte[] pdf = documents.render("test-letters", Map.of("name", "<b>&amp; \"quoted\" 'single'</b>",
                "note", "bell\u0007 and escape\u001b end \uD800 lone", "image", "data:,"), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("<b>&amp; \"quoted\" 'single'</b>", "end");
        }
    }

    @Test
    void nothing_is_fetched_from_outside_even_when_a_template_names_an_external_image() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String image = "http://127.0.0.1:" + server.getAddress().getPort() + "/tracker.png";
            byte[] pdf = documents.render("test-letters", Map.of("name", "x", "note", "y", "image", image), Locale.ENGLISH);
            assertThat(pdf).isNotEmpty();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_malformed_template_fails_with_its_name_and_a_bad_name_is_refused() {
        assertThatThrownBy(() -> documents.render("test-malformed", Map.of(), Locale.ENGLISH))
                .isInstanceOf(DocumentRenderingException.class).hasMessageContaining("test-malformed");
        assertThatThrownBy(() -> documents.render("no-such-template", Map.of(), Locale.ENGLISH))
                .isInstanceOf(DocumentRenderingException.class).hasMessageContaining("no-such-template");
        assertThatThrownBy(() -> documents.render("../forms/return-form", Map.of(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
