package com.aftercare.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a file is, read from its first bytes (its "magic number"), never from its name. */
public enum FileType {
    JPEG("image/jpeg", true, "jpg", "jpeg", "jfif"), PNG("image/png", true, "png"), WEBP("image/webp", true, "webp"),
    HEIC("image/heic", true, "heic", "heif"), MP4("video/mp4", false, "mp4", "m4v"), PDF("application/pdf", false, "pdf");

    /** How many bytes of a file {@link #sniff} needs. */
    public static final int HEAD_BYTES = 16;

    /** ISO-BMFF major brands of HEIF/HEIC stills (HEVC-coded, or a collection/sequence of them). */
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "mif1", "msf1");

    /** ISO-BMFF major brands of MP4 video; others (QuickTime "qt  ", AVIF, camera raws) are not MP4 whatever their box says. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ",
            "dash", "mmp4", "msnv");

    private final String mediaType;
    private final boolean image;
    private final List<String> extensions;

    FileType(String mediaType, boolean image, String... extensions) {
        this.mediaType = mediaType;
        this.image = image;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** A picture whose metadata can tell where it was taken. */
    public boolean isImage() {
        return image;
    }

    /** The file name endings of this type, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    public static Optional<FileType> sniff(byte[] content) {
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
        if (ascii(content, 4, "ftyp") && content.length >= 12) {
            String brand = new String(content, 8, 4, StandardCharsets.US_ASCII);
            if (HEIC_BRANDS.contains(brand)) {
                return Optional.of(HEIC);
            }
            if (MP4_BRANDS.contains(brand)) {
                return Optional.of(MP4);
            }
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
