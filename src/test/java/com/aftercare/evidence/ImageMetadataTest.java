package com.aftercare.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A photo loses where it was taken before a case keeps it")
class ImageMetadataTest {

    /** What a phone writes into EXIF for the place: here just the marker text a test can look for. */
    private static final byte[] GPS = "GPSLatitude 41.0082 GPSLongitude 28.9784".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_jpeg_loses_its_exif_and_stays_a_readable_picture() throws IOException {
        byte[] plain = picture("jpg");
        byte[] withExif = concat(slice(plain, 0, 2), app1("Exif\0\0", GPS), slice(plain, 2, plain.length));
        assertThat(contains(withExif, GPS)).isTrue();

        byte[] cleaned = ImageMetadata.withoutLocation(FileType.JPEG, withExif);

        assertThat(contains(cleaned, GPS)).isFalse();
        assertThat(contains(cleaned, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(cleaned).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(8);
    }

    @Test
    void a_png_loses_its_exif_chunk_and_stays_a_readable_picture() throws IOException {
        byte[] plain = picture("png");
        int iend = plain.length - 12;
        byte[] withExif = concat(slice(plain, 0, iend), pngChunk("eXIf", GPS), slice(plain, iend, plain.length));
        assertThat(ImageIO.read(new ByteArrayInputStream(withExif))).isNotNull();

        byte[] cleaned = ImageMetadata.withoutLocation(FileType.PNG, withExif);

        assertThat(contains(cleaned, GPS)).isFalse();
        assertThat(cleaned).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getHeight()).isEqualTo(8);
    }

    @Test
    void a_webp_loses_its_exif_chunk_and_flag_and_keeps_a_consistent_size() {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08 | 0x04; // EXIF and XMP present
        byte[] webp = riff(webpChunk("VP8X", vp8x), webpChunk("VP8L", new byte[] {0x2F, 1, 2, 3, 4}), webpChunk("EXIF", GPS),
                webpChunk("XMP ", GPS));

        byte[] cleaned = ImageMetadata.withoutLocation(FileType.WEBP, webp);

        assertThat(contains(cleaned, GPS)).isFalse();
        assertThat(contains(cleaned, "VP8L".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(cleaned[20] & 0x0C).isZero();
        assertThat(ByteBuffer.wrap(cleaned, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(cleaned.length - 8);
    }

    @Test
    void a_heic_keeps_every_box_and_its_picture_and_loses_the_exif_items_content() {
        byte[] heic = HeicSamples.withExif(GPS);
        int exifAt = HeicSamples.indexOf(heic, HeicSamples.exif(GPS));
        assertThat(exifAt).isPositive();

        byte[] cleaned = ImageMetadata.withoutLocation(FileType.HEIC, heic);

        assertThat(contains(cleaned, GPS)).isFalse();
        assertThat(cleaned).hasSameSizeAs(heic);
        int exifLength = HeicSamples.exif(GPS).length;
        // Everything but the EXIF item's bytes is as it came: the boxes, their offsets, the picture.
        assertThat(slice(cleaned, 0, exifAt)).isEqualTo(slice(heic, 0, exifAt));
        assertThat(slice(cleaned, exifAt + exifLength, cleaned.length)).isEqualTo(slice(heic, exifAt + exifLength, heic.length));
        assertThat(contains(cleaned, HeicSamples.PICTURE)).isTrue();
        // The item is still a valid EXIF block, just an empty one: TIFF header, an IFD of no entries.
        assertThat(slice(cleaned, exifAt, exifAt + 18)).isEqualTo(new byte[] {0, 0, 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0});
        assertThat(slice(cleaned, exifAt + 18, exifAt + exifLength)).containsOnly(0);
        assertThat(FileType.sniff(cleaned)).contains(FileType.HEIC);
    }

    @Test
    void a_heic_with_its_exif_inside_the_meta_box_idat_loses_it_too() {
        byte[] heic = HeicSamples.withExifInIdat(GPS);
        assertThat(contains(heic, GPS)).isTrue();

        byte[] cleaned = ImageMetadata.withoutLocation(FileType.HEIC, heic);

        assertThat(contains(cleaned, GPS)).isFalse();
        assertThat(cleaned).hasSameSizeAs(heic);
        assertThat(contains(cleaned, HeicSamples.PICTURE)).isTrue();
    }

    @Test
    void a_heic_loses_its_xmp_packet() {
        byte[] heic = HeicSamples.withXmp(GPS);
        assertThat(contains(heic, GPS)).isTrue();

        byte[] cleaned = ImageMetadata.withoutLocation(FileType.HEIC, heic);

        assertThat(contains(cleaned, GPS)).isFalse();
        assertThat(contains(cleaned, HeicSamples.PICTURE)).isTrue();
    }

    @Test
    void a_heic_without_metadata_stays_as_it_came() {
        byte[] heic = HeicSamples.withoutMetadata();
        assertThat(ImageMetadata.withoutLocation(FileType.HEIC, heic)).isEqualTo(heic);
    }

    @Test
    void a_heic_whose_boxes_cannot_be_followed_is_refused_not_kept_with_its_location() {
        byte[] heic = HeicSamples.withExif(GPS);
        byte[] noMeta = HeicSamples.concat(slice(heic, 0, 24), "not boxes at all".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> ImageMetadata.withoutLocation(FileType.HEIC, noMeta)).isInstanceOf(ImageMetadata.Unreadable.class);

        // The EXIF item's extent pointing past the end of the file.
        int exifAt = HeicSamples.indexOf(heic, HeicSamples.exif(GPS));
        byte[] offset = ByteBuffer.allocate(4).putInt(exifAt).array();
        byte[] pastTheEnd = heic.clone();
        int at = HeicSamples.indexOf(pastTheEnd, offset);
        ByteBuffer.wrap(pastTheEnd, at, 4).putInt(heic.length + 100);
        assertThatThrownBy(() -> ImageMetadata.withoutLocation(FileType.HEIC, pastTheEnd))
                .isInstanceOf(ImageMetadata.Unreadable.class).hasMessageContaining("outside the file");

        // A meta box claiming more bytes than the file has.
        byte[] truncated = slice(heic, 0, heic.length - HeicSamples.PICTURE.length - 20);
        assertThatThrownBy(() -> ImageMetadata.withoutLocation(FileType.HEIC, truncated)).isInstanceOf(ImageMetadata.Unreadable.class);
    }

    @Test
    void what_it_does_not_understand_it_leaves_as_it_came() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 1, 2};
        assertThat(ImageMetadata.withoutLocation(FileType.JPEG, broken)).isEqualTo(broken);
        byte[] pdf = "%PDF-1.4 GPSLatitude".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageMetadata.withoutLocation(FileType.PDF, pdf)).isSameAs(pdf);
    }

    private static byte[] picture(String format) throws IOException {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] app1(String header, byte[] payload) {
        byte[] body = concat(header.getBytes(StandardCharsets.ISO_8859_1), payload);
        int length = body.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, body);
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeBytes, data,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] webpChunk(String type, byte[] data) {
        byte[] padded = data.length % 2 == 0 ? data : concat(data, new byte[1]);
        return concat(type.getBytes(StandardCharsets.US_ASCII),
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array(), padded);
    }

    private static byte[] riff(byte[]... chunks) {
        byte[] body = concat(chunks);
        return concat("RIFF".getBytes(StandardCharsets.US_ASCII),
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length + 4).array(),
                "WEBP".getBytes(StandardCharsets.US_ASCII), body);
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
