package com.aftercare.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Small HEIC files built box by box as ISO/IEC 23008-12 lays them out (ftyp, meta with hdlr, pitm,
 * iinf, iloc and maybe idat, then mdat): a picture item and the metadata items a phone writes, EXIF
 * with where the photo was taken, or XMP. The picture's bytes are a marker, not real HEVC: what is
 * tested is that the boxes around them stay as they were.
 */
public final class HeicSamples {

    public static final byte[] PICTURE = "HEVC-CODED-PICTURE-0123456789-ABCDEFGHIJ".getBytes(StandardCharsets.US_ASCII);

    private HeicSamples() {
    }

    /** An item: its id, its infe type (and mime content type), its bytes, and whether they sit in idat (method 1). */
    record Item(int id, String type, String contentType, byte[] data, boolean inIdat) {
    }

    /** EXIF as HEIF carries it: the offset of the TIFF header, "Exif\0\0", then a TIFF directory with the marker text. */
    public static byte[] exif(byte[] marker) {
        return concat(u32(6), "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {'M', 'M', 0, 42}, u32(8), u16(1),
                u16(0x8825), u16(4), u32(1), u32(26), u32(0), marker);
    }

    /** A HEIC photo with its EXIF item in the mdat box. */
    public static byte[] withExif(byte[] marker) {
        return heic(false, new Item(1, "hvc1", null, PICTURE, false), new Item(2, "Exif", null, exif(marker), false));
    }

    /** A HEIC photo whose EXIF item is stored inside the meta box (idat, construction method 1). */
    public static byte[] withExifInIdat(byte[] marker) {
        return heic(true, new Item(1, "hvc1", null, PICTURE, false), new Item(2, "Exif", null, exif(marker), true));
    }

    /** A HEIC photo with an XMP packet (a mime item of type application/rdf+xml). */
    public static byte[] withXmp(byte[] marker) {
        byte[] xmp = concat("<x:xmpmeta><rdf:RDF exif:GPS=\"".getBytes(StandardCharsets.US_ASCII), marker,
                "\"/></x:xmpmeta>".getBytes(StandardCharsets.US_ASCII));
        return heic(false, new Item(1, "hvc1", null, PICTURE, false), new Item(7, "mime", "application/rdf+xml", xmp, false));
    }

    public static byte[] withoutMetadata() {
        return heic(false, new Item(1, "hvc1", null, PICTURE, false));
    }

    static byte[] heic(boolean ilocVersion1, Item... items) {
        byte[] ftyp = box("ftyp", concat(ascii("heic"), u32(0), ascii("mif1"), ascii("heic")));
        // Offsets have a fixed width: a first pass gives the meta box's size, and so where mdat's payload starts.
        int mdatPayload = ftyp.length + meta(ilocVersion1, List.of(items), 0).length + 8;
        byte[] meta = meta(ilocVersion1, List.of(items), mdatPayload);
        var mdat = new ByteArrayOutputStream();
        for (Item item : items) {
            if (!item.inIdat()) {
                mdat.writeBytes(item.data());
            }
        }
        return concat(ftyp, meta, box("mdat", mdat.toByteArray()));
    }

    private static byte[] meta(boolean ilocVersion1, List<Item> items, int mdatPayload) {
        var idat = new ByteArrayOutputStream();
        items.stream().filter(Item::inIdat).forEach(item -> idat.writeBytes(item.data()));
        byte[] iloc = iloc(ilocVersion1, items, mdatPayload);
        byte[] children = concat(hdlr(), pitm(), iinf(items), iloc, idat.size() > 0 ? box("idat", idat.toByteArray()) : new byte[0]);
        return fullBox("meta", 0, children);
    }

    private static byte[] hdlr() {
        return fullBox("hdlr", 0, concat(u32(0), ascii("pict"), new byte[12], new byte[] {0}));
    }

    private static byte[] pitm() {
        return fullBox("pitm", 0, u16(1));
    }

    private static byte[] iinf(List<Item> items) {
        var entries = new ByteArrayOutputStream();
        for (Item item : items) {
            byte[] extra = item.contentType() == null ? new byte[0] : concat(ascii(item.contentType()), new byte[] {0});
            entries.writeBytes(fullBox("infe", 2, concat(u16(item.id()), u16(0), ascii(item.type()), new byte[] {0}, extra)));
        }
        return fullBox("iinf", 0, concat(u16(items.size()), entries.toByteArray()));
    }

    /** offset_size 4, length_size 4, no base offset; method 0 items at their place in mdat, method 1 items in idat. */
    private static byte[] iloc(boolean version1, List<Item> items, int mdatPayload) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x44, 0x00});
        out.writeBytes(u16(items.size()));
        int inMdat = mdatPayload;
        int inIdat = 0;
        for (Item item : items) {
            out.writeBytes(u16(item.id()));
            if (version1) {
                out.writeBytes(u16(item.inIdat() ? 1 : 0));
            }
            out.writeBytes(u16(0)); // data_reference_index
            out.writeBytes(u16(1)); // one extent
            out.writeBytes(u32(item.inIdat() ? inIdat : inMdat));
            out.writeBytes(u32(item.data().length));
            if (item.inIdat()) {
                inIdat += item.data().length;
            } else {
                inMdat += item.data().length;
            }
        }
        return fullBox("iloc", version1 ? 1 : 0, out.toByteArray());
    }

    static byte[] box(String type, byte[] payload) {
        return concat(u32(8 + payload.length), ascii(type), payload);
    }

    static byte[] fullBox(String type, int version, byte[] payload) {
        return box(type, concat(new byte[] {(byte) version, 0, 0, 0}, payload));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] u16(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    private static byte[] u32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Where {@code needle} first occurs in {@code haystack}, or -1. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
