package com.aftercare.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes what a photo says about where it was taken before a case keeps it: a customer's photo of
 * a cracked watch must not carry their home's coordinates. JPEG loses its EXIF and XMP segments
 * (APP1), PNG its eXIf chunk, WebP its EXIF and XMP chunks; the picture itself is untouched.
 * HEIC keeps its EXIF and XMP as items of its ISO-BMFF {@code meta} box, found through {@code iinf}
 * and located through {@code iloc}: their bytes are overwritten in place (the EXIF item with an
 * empty TIFF directory, the rest zeros), so every offset in the file stays right and the picture
 * is untouched. A HEIC whose boxes cannot be followed is {@link Unreadable}, never kept as it came.
 */
public final class ImageMetadata {

    private ImageMetadata() {
    }

    /** The photo without where it was taken; any other type comes back as it is. */
    public static Upload withoutLocation(FileType type, Upload upload) {
        return type.isImage() ? Upload.of(withoutLocation(type, upload.bytes())) : upload;
    }

    public static byte[] withoutLocation(FileType type, byte[] content) {
        return switch (type) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case WEBP -> webp(content);
            case HEIC -> HeifMetadata.withoutLocation(content);
            default -> content;
        };
    }

    /** A photo whose metadata cannot be found with certainty: refused rather than kept with where it was taken. */
    public static final class Unreadable extends RuntimeException {

        Unreadable(String message) {
            super(message);
        }
    }

    /** JPEG: copy every segment up to the image data except APP1 (EXIF, XMP), then the rest verbatim. */
    private static byte[] jpeg(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2); // SOI
        int i = 2;
        while (i + 4 <= in.length && (in[i] & 0xFF) == 0xFF) {
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xDA) { // start of scan: the compressed picture and the end follow
                break;
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                return in; // not a JPEG we understand: leave it as it came
            }
            if (marker != 0xE1) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        out.write(in, i, in.length - i);
        return out.toByteArray();
    }

    /** PNG: drop the eXIf chunk (its CRC covers only itself, so the others stay valid). */
    private static byte[] png(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8); // signature
        int i = 8;
        while (i + 12 <= in.length) {
            int length = ByteBuffer.wrap(in, i, 4).getInt();
            if (length < 0 || i + 12 + length > in.length) {
                return in;
            }
            String chunk = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
            if (!chunk.equals("eXIf")) {
                out.write(in, i, 12 + length);
            }
            i += 12 + length;
        }
        out.write(in, i, in.length - i);
        return out.toByteArray();
    }

    /** WebP (RIFF): drop the EXIF and XMP chunks, clear their flags in VP8X and fix the RIFF size. */
    private static byte[] webp(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 12); // RIFF size WEBP
        int i = 12;
        while (i + 8 <= in.length) {
            String chunk = new String(in, i, 4, StandardCharsets.US_ASCII);
            int size = ByteBuffer.wrap(in, i + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int padded = size + (size & 1);
            if (size < 0 || i + 8 + padded > in.length) {
                return in;
            }
            if (!chunk.equals("EXIF") && !chunk.equals("XMP ")) {
                byte[] copy = Arrays.copyOfRange(in, i, i + 8 + padded);
                if (chunk.equals("VP8X") && size >= 1) {
                    copy[8] &= (byte) ~0x0C; // the EXIF (0x08) and XMP (0x04) flags
                }
                out.write(copy, 0, copy.length);
            }
            i += 8 + padded;
        }
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
        return result;
    }
}
