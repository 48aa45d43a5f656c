package com.aftercare.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A file's type is read from its first bytes")
class FileTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "JPEG,       FFD8FFE000104A464946,                     image/jpeg",
            "PNG,        89504E470D0A1A0A0000000D,                 image/png",
            "PDF,        255044462D312E370A,                       application/pdf",
            "WebP,       524946460000000057454250,                 image/webp",
            "HEIC,       0000001866747970686569630000000,          image/heic",
            "HEIF mif1,  00000018667479706D69663100000000,         image/heic",
            "MP4 isom,   000000206674797069736F6D00000200,       video/mp4",
            "MP4 mp42,   00000020667479706D70343200000000,                video/mp4"})
    void known(String name, String hex, String mediaType) {
        assertThat(FileType.sniff(bytes(hex))).as(name).hasValueSatisfying(type -> assertThat(type.mediaType()).isEqualTo(mediaType));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ZIP (and so docx and apk),        504B0304140000000800",
            "Windows executable,               4D5A90000300000004000000",
            "ELF executable,                   7F454C46020101000000",
            "GIF,                              474946383961",
            "QuickTime mov,                    0000001466747970717420200000",
            "AVIF,                             0000001C6674797061766966000000",
            "a few bytes,                      FFD8",
            "nothing,                          ''"})
    void unknown(String name, String hex) {
        assertThat(FileType.sniff(bytes(hex))).as(name).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void text_is_no_type_we_take_whatever_it_says() {
        assertThat(FileType.sniff("%PDF is what I am, says this text".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    private static byte[] bytes(String hex) {
        String even = hex.length() % 2 == 0 ? hex : hex + "0";
        return java.util.HexFormat.of().parseHex(even);
    }
}
