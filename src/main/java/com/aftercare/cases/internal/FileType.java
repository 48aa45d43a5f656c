package com.aftercare.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** What a file is, read from its first bytes (its "magic number"), never from its name. */
enum FileType {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), HEIC("image/heic"), MP4("video/mp4"), PDF("application/pdf");

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(content, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(content, 4, "ftyp")) {
            String brand = content.length >= 12 ? new String(content, 8, 4, StandardCharsets.US_ASCII) : "";
            return Optional.of(switch (brand) {
                case "heic", "heix", "mif1", "msf1" -> HEIC;
                default -> MP4;
            });
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, int... bytes) {
        if (content.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] content, int offset, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return content.length >= offset + expected.length
                && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }
}
