package com.aftercare.cases;

import static com.aftercare.cases.CaseErrorsFixture.WATCH;
import static com.aftercare.cases.CasesApiErrorsTest.invalid;
import static com.aftercare.cases.CasesApiErrorsTest.problem;
import static com.aftercare.identity.Role.AGENT;
import static com.aftercare.identity.Role.FINANCE;
import static com.aftercare.identity.Role.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import com.aftercare.evidence.HeicSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Photos, videos and documents on a case (RET-5's evidence, DLV-3/DLV-4's damage reports): what a
 * file is, is read from its bytes, never from its name or the content type the browser claims; a
 * refused file leaves no trace; a download is the same bytes, typed as sniffed, never re-sniffed by
 * the browser.
 */
@IntegrationTest
@DisplayName("Case attachments: the type is read from the content, a refused file leaves nothing behind")
class CaseAttachmentsTest {

    /** aftercare.attachments.max-bytes.* in application.yml: photo 10 MB, video 25 MB, documents 10 MB. */
    private static final int MB = 1024 * 1024;
    private static final int PHOTO_LIMIT = 10 * MB;
    private static final int VIDEO_LIMIT = 25 * MB;
    private static final int DOCUMENT_LIMIT = 10 * MB;

    /** Where a phone says the photo was taken, as the EXIF text a test can look for. */
    private static final byte[] GPS = "GPSLatitude 41.0082 N GPSLongitude 28.9784 E".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    CaseErrorsFixture fixture;
    UUID caseId;
    long storedBefore;

    @BeforeEach
    void openCase() {
        fixture = new CaseErrorsFixture(mvc, tokens);
        caseId = fixture.open(fixture.cardOrder(), WATCH);
        storedBefore = storedContents();
    }

    private long storedContents() {
        return jdbc.sql("select count(*) from evidence_content").query(Long.class).single();
    }

    private ResultActions upload(UUID id, String kind, MockMultipartFile file, Role role) throws Exception {
        var request = multipart("/api/v1/cases/{id}/attachments", id).file(file).param("description", "as the customer sent it")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(role));
        if (kind != null) {
            request.param("kind", kind);
        }
        return mvc.perform(request);
    }

    private ResultActions upload(String kind, MockMultipartFile file) throws Exception {
        return upload(caseId, kind, file, AGENT);
    }

    private ResultActions download(UUID id, UUID attachmentId, Role role) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}/attachments/{a}", id, attachmentId).header(HttpHeaders.AUTHORIZATION, tokens.bearer(role)));
    }

    private static MockMultipartFile file(String name, String contentType, byte[] bytes) {
        return new MockMultipartFile("file", name, contentType, bytes);
    }

    private static UUID lastAttachment(MvcResult result) {
        JsonNode attachments = CaseErrorsFixture.body(result).get("attachments");
        return UUID.fromString(attachments.get(attachments.size() - 1).get("id").asString());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The refused upload stored nothing (no attachment row, no content in the store) and told the timeline nothing. */
    private void nothingStored() {
        JsonNode after = fixture.read(caseId);
        assertThat(after.get("attachments").size()).as("attachments").isZero();
        assertThat(after.get("timeline").findValuesAsString("kind")).doesNotContain("ATTACHMENT_ADDED");
        assertThat(jdbc.sql("select count(*) from case_attachment where case_id = ?").param(caseId).query(Long.class).single())
                .as("attachment rows").isZero();
        assertThat(storedContents()).as("contents in the evidence store").isEqualTo(storedBefore);
    }

    /** A 413 naming the file, with the limit of the kind and the limits of all kinds. */
    private static ResultActions tooLarge(ResultActions actions, String limit) throws Exception {
        return problem(actions, 413, "File too large")
                .andExpect(jsonPath("$.type").value("https://aftercare.example.com/problems/file-too-large"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString(limit),
                        containsString("Photos may be up to 10 MB, videos up to 25 MB, documents up to 10 MB."))));
    }

    /** A file of exactly {@code size} bytes that starts as {@code head} does (its type is read from the start). */
    private static byte[] sized(byte[] head, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    /** The fixture's JPEG with an EXIF segment that says where it was taken, right after the start of image. */
    static byte[] jpegWithGps() {
        byte[] plain = CaseErrorsFixture.jpeg();
        byte[] body = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), GPS);
        int length = body.length + 2;
        return concat(Arrays.copyOfRange(plain, 0, 2), new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, body,
                Arrays.copyOfRange(plain, 2, plain.length));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return HeicSamples.indexOf(haystack, needle) >= 0;
    }

    @Nested
    @DisplayName("Accepted")
    class Accepted {

        @Test
        @DisplayName("a real PNG as PHOTO: stored as image/png with its size and hash, noted on the timeline")
        void png() throws Exception {
            byte[] png = CaseErrorsFixture.png();
            MvcResult result = upload("PHOTO", file("box.png", "image/png", png))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments.length()").value(1))
                    .andExpect(jsonPath("$.attachments[0].kind").value("PHOTO"))
                    .andExpect(jsonPath("$.attachments[0].contentType").value("image/png"))
                    .andExpect(jsonPath("$.attachments[0].filename").value("box.png"))
                    .andExpect(jsonPath("$.attachments[0].size").value(png.length))
                    .andExpect(jsonPath("$.attachments[0].sha256").value(sha256(png)))
                    .andExpect(jsonPath("$.attachments[0].description").value("as the customer sent it"))
                    .andReturn();
            UUID id = lastAttachment(result);
            JsonNode added = fixture.read(caseId).get("timeline").findParent("attachmentId");
            assertThat(added.get("attachmentId").asString()).isEqualTo(id.toString());
            assertThat(CaseErrorsFixture.body(result).get("attachments").get(0).get("href").asString())
                    .isEqualTo("/api/v1/cases/" + caseId + "/attachments/" + id);
        }

        @Test
        @DisplayName("a real JPEG as PHOTO, uploaded by the technical service")
        void jpeg() throws Exception {
            upload(caseId, "PHOTO", file("unit.jpg", "image/jpeg", CaseErrorsFixture.jpeg()), TECHNICIAN)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].contentType").value("image/jpeg"));
        }

        @Test
        @DisplayName("the type comes from the content: a PNG named x.pdf and sent as application/pdf is stored as image/png")
        void typeFromTheContentNotTheName() throws Exception {
            byte[] png = CaseErrorsFixture.png();
            MvcResult result = upload("PHOTO", file("x.pdf", "application/pdf", png))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].contentType").value("image/png"))
                    .andReturn();

            download(caseId, lastAttachment(result), FINANCE)
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.IMAGE_PNG))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"x.png\""))
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, allOf(containsString("private"), containsString("no-store"))))
                    .andExpect(content().bytes(png));
        }

        @Test
        @DisplayName("a PDF as DAMAGE_REPORT, downloaded as the same bytes, application/pdf, nosniff")
        void pdfDamageReport() throws Exception {
            byte[] pdf = CaseErrorsFixture.pdf();
            MvcResult result = upload("DAMAGE_REPORT", file("tutanak.pdf", "application/pdf", pdf))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].kind").value("DAMAGE_REPORT"))
                    .andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"))
                    .andReturn();

            download(caseId, lastAttachment(result), AGENT)
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(pdf));
        }

        @Test
        @DisplayName("an MP4 as VIDEO")
        void mp4Video() throws Exception {
            upload("VIDEO", file("unboxing.mp4", "video/mp4", mp4()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].contentType").value("video/mp4"));
        }

        @Test
        @DisplayName("a file name with quotes, line breaks or a path is made harmless before it reaches a header")
        void unsafeFileName() throws Exception {
            MvcResult result = upload("PHOTO", file("../../x\"\r\nSet-Cookie: a=b.png", "image/png", CaseErrorsFixture.png()))
                    .andExpect(status().isCreated())
                    .andReturn();
            String stored = CaseErrorsFixture.body(result).get("attachments").get(0).get("filename").asString();
            assertThat(stored).doesNotContain("/", "\"", "\r", "\n", ":");

            String disposition = download(caseId, lastAttachment(result), AGENT).andExpect(status().isOk()).andReturn()
                    .getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
            assertThat(disposition).isEqualTo("attachment; filename=\"" + stored + "\"");
        }
            @Test
        @DisplayName("a JPEG named report.pdf, sent as application/pdf, is a PHOTO: stored and served as image/jpeg, named report.jpg")
        void jpegNamedPdf() throws Exception {
            MvcResult result = upload("PHOTO", file("report.pdf", "application/pdf", CaseErrorsFixture.jpeg()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].contentType").value("image/jpeg"))
                    .andExpect(jsonPath("$.attachments[0].filename").value("report.jpg"))
                    .andReturn();
            download(caseId, lastAttachment(result), AGENT)
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.IMAGE_JPEG))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report.jpg\""));
        }

        @Test
        @DisplayName("a video of exactly the video limit (25 MB) is kept whole: same bytes, size and hash on the way back")
        void videoAtTheLimit() throws Exception {
            byte[] video = sized(mp4(), VIDEO_LIMIT);
            video[VIDEO_LIMIT - 1] = 42;
            MvcResult result = upload("VIDEO", file("unboxing.mp4", "video/mp4", video))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].size").value(VIDEO_LIMIT))
                    .andExpect(jsonPath("$.attachments[0].sha256").value(sha256(video)))
                    .andReturn();
            byte[] back = download(caseId, lastAttachment(result), AGENT)
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("video/mp4"))
                    .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, VIDEO_LIMIT))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(sha256(back)).isEqualTo(sha256(video));
        }
    }

    @Nested
    @DisplayName("Where a photo was taken is not kept")
    class Location {

        @Test
        @DisplayName("a JPEG with GPS in its EXIF comes back without it, still the same picture; size and hash are of what is kept")
        void jpegLosesGps() throws Exception {
            byte[] withGps = jpegWithGps();
            assertThat(contains(withGps, GPS)).isTrue();
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(withGps))).isNotNull();

            MvcResult result = upload("PHOTO", file("IMG_0001.jpg", "image/jpeg", withGps)).andExpect(status().isCreated()).andReturn();
            byte[] back = download(caseId, lastAttachment(result), AGENT).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsByteArray();

            assertThat(contains(back, GPS)).isFalse();
            assertThat(contains(back, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(back).isEqualTo(CaseErrorsFixture.jpeg());
            JsonNode kept = CaseErrorsFixture.body(result).get("attachments").get(0);
            assertThat(kept.get("size").asInt()).isEqualTo(back.length);
            assertThat(kept.get("sha256").asString()).isEqualTo(sha256(back));
            assertThat(jdbc.sql("select count(*) from evidence_content where position(? in content) > 0").param(GPS)
                    .query(Long.class).single()).as("contents anywhere in the store with that location").isZero();
        }

        @Test
        @DisplayName("a HEIC with GPS in its EXIF item comes back without it, every box where it was")
        void heicLosesGps() throws Exception {
            byte[] heic = HeicSamples.withExif(GPS);
            MvcResult result = upload("PHOTO", file("IMG_0002.HEIC", "image/heic", heic))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.attachments[0].contentType").value("image/heic"))
                    .andExpect(jsonPath("$.attachments[0].filename").value("IMG_0002.HEIC"))
                    .andReturn();
            byte[] back = download(caseId, lastAttachment(result), AGENT)
                    .andExpect(content().contentType("image/heic")).andReturn().getResponse().getContentAsByteArray();

            assertThat(contains(back, GPS)).isFalse();
            assertThat(back).hasSameSizeAs(heic);
            assertThat(contains(back, HeicSamples.PICTURE)).isTrue();
        }

        @Test
        @DisplayName("a HEIC whose boxes cannot be followed is refused with a way out (JPEG), nothing stored")
        void unreadableHeic() throws Exception {
            byte[] heic = HeicSamples.withExif(GPS);
            byte[] broken = concat(Arrays.copyOfRange(heic, 0, 24), "not boxes at all".getBytes(StandardCharsets.US_ASCII));
            invalid(upload("PHOTO", file("IMG_0003.heic", "image/heic", broken)), "file")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("cannot remove where it was taken"),
                            containsString("send it as JPEG"))));
            nothingStored();
        }
    }

    @Nested
    @DisplayName("Refused: 400 or 413 naming the field, nothing stored")
    class Refused {

        @Test
        @DisplayName("a text file renamed photo.jpg and claimed to be image/jpeg")
        void textRenamedAsJpeg() throws Exception {
            invalid(upload("PHOTO", file("photo.jpg", "image/jpeg", "not a photo, just words\n".getBytes(StandardCharsets.UTF_8))), "file")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("not a file type we accept"),
                            containsString("image/jpeg"), containsString("image/png"))));
            nothingStored();
        }

        @Test
        @DisplayName("an empty file")
        void emptyFile() throws Exception {
            invalid(upload("PHOTO", file("empty.png", "image/png", new byte[0])), "file")
                    .andExpect(jsonPath("$.errors[0].message", containsString("empty")));
            nothingStored();
        }

        @Test
        @DisplayName("a PHOTO one byte over its limit (10 MB): 413")
        void photoOverTheLimit() throws Exception {
            tooLarge(upload("PHOTO", file("huge.png", "image/png", sized(CaseErrorsFixture.png(), PHOTO_LIMIT + 1))),
                    "a PHOTO may be at most 10 MB")
                    .andExpect(jsonPath("$.errors[0].message", containsString("is 10485761 bytes; a PHOTO may be at most 10 MB (10485760 bytes)")));
            nothingStored();
        }

        @Test
        @DisplayName("a VIDEO one byte over its limit (25 MB): 413")
        void videoOverTheLimit() throws Exception {
            tooLarge(upload("VIDEO", file("long.mp4", "video/mp4", sized(mp4(), VIDEO_LIMIT + 1))), "a VIDEO may be at most 25 MB");
            nothingStored();
        }

        @ParameterizedTest(name = "a {0} one byte over the documents' limit (10 MB): 413")
        @ValueSource(strings = {"DAMAGE_REPORT", "SERVICE_REPORT", "DOCUMENT"})
        void documentOverTheLimit(String kind) throws Exception {
            tooLarge(upload(kind, file("scan.pdf", "application/pdf", sized(CaseErrorsFixture.pdf(), DOCUMENT_LIMIT + 1))),
                    "a " + kind + " may be at most 10 MB");
            nothingStored();
        }

        @Test
        @DisplayName("an MP4 of a photo's size limit plus one is still a fine VIDEO: the limit is the kind's")
        void limitIsPerKind() throws Exception {
            upload("VIDEO", file("clip.mp4", "video/mp4", sized(mp4(), PHOTO_LIMIT + 1))).andExpect(status().isCreated());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("com.aftercare.cases.CaseAttachmentsTest#wrongTypes")
        void wrongType(String what, String kind, String name, String declared, byte[] bytes, String says) throws Exception {
            invalid(upload(kind, file(name, declared, bytes)), "file")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("its content is " + says),
                            containsString("a " + kind + " must be one of"), containsString("not its name"))));
            nothingStored();
        }

        @Test
        @DisplayName("a PDF renamed photo.jpg and claimed to be image/jpeg is refused as a PHOTO by what it holds")
        void pdfRenamedAsJpeg() throws Exception {
            invalid(upload("PHOTO", file("photo.jpg", "image/jpeg", CaseErrorsFixture.pdf())), "file")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("its content is application/pdf"),
                            containsString("a PHOTO must be one of [image/heic, image/jpeg, image/png, image/webp]"))));
            nothingStored();
        }

        @Test
        @DisplayName("the finance team may read attachments but not add them: 403, nothing stored")
        void wrongRole() throws Exception {
            problem(upload(caseId, "PHOTO", file("box.png", "image/png", CaseErrorsFixture.png()), FINANCE), 403, "Forbidden");
            nothingStored();
        }

        @Test
        @DisplayName("no token: 401, nothing stored; nor is anything downloaded without one")
        void noToken() throws Exception {
            problem(mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId).file(file("box.png", "image/png",
                    CaseErrorsFixture.png())).param("kind", "PHOTO")), 401, "Unauthorized");
            nothingStored();
            UUID attached = fixture.attach(caseId, "PHOTO", file("box.png", "image/png", CaseErrorsFixture.png()));
            problem(mvc.perform(get("/api/v1/cases/{id}/attachments/{a}", caseId, attached)), 401, "Unauthorized");
        }

        @ParameterizedTest(name = "kind {0}")
        @ValueSource(strings = {"SELFIE", "", " "})
        void unknownKind(String kind) throws Exception {
            invalid(upload(kind, file("box.png", "image/png", CaseErrorsFixture.png())), "kind")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("PHOTO"), containsString("DAMAGE_REPORT"))));
            nothingStored();
        }

        @Test
        @DisplayName("no kind at all")
        void missingKind() throws Exception {
            invalid(upload(null, file("box.png", "image/png", CaseErrorsFixture.png())), "kind");
            nothingStored();
        }

        @Test
        @DisplayName("no file part")
        void missingFile() throws Exception {
            invalid(mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId).param("kind", "PHOTO")
                    .header(HttpHeaders.AUTHORIZATION, tokens.bearer(AGENT))), "file")
                    .andExpect(jsonPath("$.errors[0].message", containsString("required")));
            nothingStored();
        }

        @Test
        @DisplayName("a PDF uploaded as PHOTO")
        void pdfAsPhoto() throws Exception {
            invalid(upload("PHOTO", file("photo.pdf", "application/pdf", CaseErrorsFixture.pdf())), "file")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("its content is application/pdf"),
                            containsString("a PHOTO must be one of"), containsString("image/jpeg"))));
            nothingStored();
        }

        @Test
        @DisplayName("a photo uploaded as VIDEO")
        void photoAsVideo() throws Exception {
            invalid(upload("VIDEO", file("clip.mp4", "video/mp4", CaseErrorsFixture.jpeg())), "file")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("image/jpeg"), containsString("video/mp4"))));
            nothingStored();
        }

        @Test
        @DisplayName("a JSON body instead of a multipart upload")
        void notMultipart() throws Exception {
            problem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases/{id}/attachments", caseId)
                    .header(HttpHeaders.AUTHORIZATION, tokens.bearer(AGENT)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"PHOTO\"}")), 415, "Unsupported content type")
                    .andExpect(jsonPath("$.detail", containsString("multipart/form-data")));
            nothingStored();
        }
    }

    @Nested
    @DisplayName("Downloads")
    class Downloads {

        @Test
        @DisplayName("another case's attachment id is a 404 on this case, and shows nothing of it")
        void anotherCasesAttachment() throws Exception {
            UUID otherCase = fixture.open(fixture.cardOrder(), WATCH);
            UUID theirs = fixture.attach(otherCase, "PHOTO", file("theirs.png", "image/png", CaseErrorsFixture.png()));

            MvcResult result = problem(download(caseId, theirs, AGENT), 404, "Not found")
                    .andExpect(jsonPath("$.detail", containsString(theirs.toString())))
                    .andReturn();
            assertThat(CaseErrorsFixture.content(result)).doesNotContain("theirs.png", "image/png");
            download(otherCase, theirs, AGENT).andExpect(status().isOk());
        }

        @Test
        @DisplayName("an unknown attachment id, an unknown case, and ids that are not UUIDs")
        void unknownIds() throws Exception {
            problem(download(caseId, UUID.randomUUID(), TECHNICIAN), 404, "Not found");
            problem(download(UUID.randomUUID(), UUID.randomUUID(), TECHNICIAN), 404, "Not found");
            invalid(mvc.perform(get("/api/v1/cases/{id}/attachments/{a}", caseId, "photo-1")
                    .header(HttpHeaders.AUTHORIZATION, tokens.bearer(AGENT))), "attachmentId");
        }
    }

    static Stream<Arguments> wrongTypes() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        byte[] text = "GPS 41.0082, 28.9784 - not a photo, just words\n".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("a ZIP named photo.jpg as PHOTO", "PHOTO", "photo.jpg", "image/jpeg", zip, "not a file type we accept"),
                Arguments.of("a Windows program named photo.png as PHOTO", "PHOTO", "photo.png", "image/png", exe,
                        "not a file type we accept"),
                Arguments.of("a text file named photo.jpg as PHOTO", "PHOTO", "photo.jpg", "image/jpeg", text, "not a file type we accept"),
                Arguments.of("an MP4 as DAMAGE_REPORT", "DAMAGE_REPORT", "tutanak.pdf", "application/pdf", mp4(), "video/mp4"),
                Arguments.of("a PDF as VIDEO", "VIDEO", "clip.mp4", "video/mp4", CaseErrorsFixture.pdf(), "application/pdf"),
                Arguments.of("a WebP as SERVICE_REPORT", "SERVICE_REPORT", "report.pdf", "application/pdf",
                        "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), "image/webp"),
                Arguments.of("an HTML page as DOCUMENT", "DOCUMENT", "invoice.pdf", "application/pdf", html, "not a file type we accept"));
    }

    /** The smallest MP4 header a player recognises: an ftyp box of brand isom. */
    private static byte[] mp4() {
        byte[] box = new byte[32];
        box[3] = 32;
        System.arraycopy("ftypisom".getBytes(StandardCharsets.US_ASCII), 0, box, 4, 8);
        System.arraycopy("isomiso2".getBytes(StandardCharsets.US_ASCII), 0, box, 16, 8);
        return box;
    }
}
