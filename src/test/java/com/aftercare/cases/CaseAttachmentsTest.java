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
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    /** aftercare.attachments.max-bytes's default: 20 MB. */
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    CaseErrorsFixture fixture;
    UUID caseId;

    @BeforeEach
    void openCase() {
        fixture = new CaseErrorsFixture(mvc, tokens);
        caseId = fixture.open(fixture.cardOrder(), WATCH);
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

    /** The refused upload stored nothing and told the timeline nothing. */
    private void nothingStored() {
        JsonNode after = fixture.read(caseId);
        assertThat(after.get("attachments").size()).as("attachments").isZero();
        assertThat(after.get("timeline").findValuesAsString("kind")).doesNotContain("ATTACHMENT_ADDED");
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
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
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
    }

    @Nested
    @DisplayName("Refused: 400 naming the field, nothing stored")
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
        @DisplayName("a file one byte over the limit (20 MB), whatever it holds")
        void overTheLimit() throws Exception {
            byte[] big = new byte[MAX_BYTES + 1];
            byte[] png = CaseErrorsFixture.png();
            System.arraycopy(png, 0, big, 0, png.length);
            invalid(upload("PHOTO", file("huge.png", "image/png", big)), "file")
                    .andExpect(jsonPath("$.errors[0].message", containsString("at most 20480 KB")));
            nothingStored();
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

    /** The smallest MP4 header a player recognises: an ftyp box of brand isom. */
    private static byte[] mp4() {
        byte[] box = new byte[32];
        box[3] = 32;
        System.arraycopy("ftypisom".getBytes(StandardCharsets.US_ASCII), 0, box, 4, 8);
        System.arraycopy("isomiso2".getBytes(StandardCharsets.US_ASCII), 0, box, 16, 8);
        return box;
    }
}
