package com.aftercare.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HEIC/HEIF (ISO/IEC 23008-12 on ISO-BMFF, ISO/IEC 14496-12): finds the EXIF and XMP items of the
 * file's top-level {@code meta} box and overwrites their bytes in place. Items are listed in
 * {@code iinf} (an {@code infe} of type {@code Exif}, or {@code mime} with an RDF/XMP content type)
 * and located by {@code iloc} extents, in the file (construction method 0) or in {@code idat}
 * (method 1). Nothing moves, so no offset needs rewriting; anything this does not understand where
 * metadata is present is {@link ImageMetadata.Unreadable}.
 */
final class HeifMetadata {

    /** An EXIF item with no entries: tiff-header offset 0, big-endian TIFF header, one IFD with 0 entries, no next IFD. */
    private static final byte[] EMPTY_EXIF = {0, 0, 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0};

    private HeifMetadata() {
    }

    static byte[] withoutLocation(byte[] in) {
        Box meta = children(in, 0, in.length).stream().filter(box -> box.is("meta")).findFirst()
                .orElseThrow(() -> new ImageMetadata.Unreadable("no meta box"));
        List<Box> items = children(in, meta.payload() + 4, meta.end()); // meta is a FullBox: version and flags first
        Box iinf = items.stream().filter(box -> box.is("iinf")).findFirst().orElse(null);
        if (iinf == null) {
            return in; // no items, so no EXIF or XMP
        }
        Map<Long, Boolean> metadataItems = metadataItems(in, iinf);
        if (metadataItems.isEmpty()) {
            return in;
        }
        Box iloc = items.stream().filter(box -> box.is("iloc")).findFirst()
                .orElseThrow(() -> new ImageMetadata.Unreadable("items without an iloc box"));
        Box idat = items.stream().filter(box -> box.is("idat")).findFirst().orElse(null);
        byte[] out = in.clone();
        for (Item item : locations(in, iloc)) {
            if (!metadataItems.containsKey(item.id())) {
                continue;
            }
            int start;
            int limit;
            if (item.constructionMethod() == 0) {
                start = 0;
                limit = in.length;
            } else if (item.constructionMethod() == 1 && idat != null) {
                start = idat.payload();
                limit = idat.end();
            } else {
                throw new ImageMetadata.Unreadable("metadata item " + item.id() + " is built by construction method "
                        + item.constructionMethod());
            }
            boolean first = true;
            for (long[] extent : item.extents()) {
                long from = start + item.baseOffset() + extent[0];
                long to = extent[1] == 0 ? limit : from + extent[1]; // length 0: to the end of the data
                if (from < start || to > limit || from > to) {
                    throw new ImageMetadata.Unreadable("metadata item " + item.id() + " lies outside the file");
                }
                Arrays.fill(out, (int) from, (int) to, (byte) 0);
                if (first && metadataItems.get(item.id()) && to - from >= EMPTY_EXIF.length) {
                    System.arraycopy(EMPTY_EXIF, 0, out, (int) from, EMPTY_EXIF.length);
                }
                first = false;
            }
        }
        return out;
    }

    /** The ids of the EXIF (true) and XMP (false) items ({@code infe} version 2 or 3; older versions carry no item type). */
    private static Map<Long, Boolean> metadataItems(byte[] in, Box iinf) {
        int version = u8(in, iinf.payload(), iinf.end());
        int first = iinf.payload() + 4 + (version == 0 ? 2 : 4);
        Map<Long, Boolean> ids = new HashMap<>();
        for (Box infe : children(in, first, iinf.end())) {
            if (!infe.is("infe")) {
                continue;
            }
            int p = infe.payload();
            int infeVersion = u8(in, p, infe.end());
            if (infeVersion < 2) {
                continue;
            }
            p += 4;
            long id = infeVersion == 2 ? u16(in, p, infe.end()) : u32(in, p, infe.end());
            p += (infeVersion == 2 ? 2 : 4) + 2; // item_ID, item_protection_index
            String type = fourCc(in, p, infe.end());
            p += 4;
            if (type.equals("Exif")) {
                ids.put(id, true);
            } else if (type.equals("mime")) {
                int nameEnd = indexOf(in, (byte) 0, p, infe.end());
                int typeEnd = nameEnd < 0 ? -1 : indexOf(in, (byte) 0, nameEnd + 1, infe.end());
                String contentType = typeEnd < 0 ? "" : new String(in, nameEnd + 1, typeEnd - nameEnd - 1, StandardCharsets.US_ASCII);
                if (contentType.contains("rdf+xml") || contentType.contains("xmp")) {
                    ids.put(id, false);
                }
            }
        }
        return ids;
    }

    private record Item(long id, int constructionMethod, long baseOffset, List<long[]> extents) {
    }

    /** The items of {@code iloc} (versions 0, 1 and 2) with their extents as {offset, length}. */
    private static List<Item> locations(byte[] in, Box iloc) {
        int end = iloc.end();
        int p = iloc.payload();
        int version = u8(in, p, end);
        if (version > 2) {
            throw new ImageMetadata.Unreadable("iloc version " + version);
        }
        p += 4;
        int sizes = u16(in, p, end);
        p += 2;
        int offsetSize = sizes >> 12 & 0xF;
        int lengthSize = sizes >> 8 & 0xF;
        int baseOffsetSize = sizes >> 4 & 0xF;
        int indexSize = version == 0 ? 0 : sizes & 0xF;
        long count = version < 2 ? u16(in, p, end) : u32(in, p, end);
        p += version < 2 ? 2 : 4;
        List<Item> items = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long id = version < 2 ? u16(in, p, end) : u32(in, p, end);
            p += version < 2 ? 2 : 4;
            int method = 0;
            if (version >= 1) {
                method = u16(in, p, end) & 0xF;
                p += 2;
            }
            p += 2; // data_reference_index
            long base = number(in, p, baseOffsetSize, end);
            p += baseOffsetSize;
            int extentCount = u16(in, p, end);
            p += 2;
            List<long[]> extents = new ArrayList<>();
            for (int e = 0; e < extentCount; e++) {
                p += indexSize;
                long offset = number(in, p, offsetSize, end);
                p += offsetSize;
                long length = number(in, p, lengthSize, end);
                p += lengthSize;
                extents.add(new long[] {offset, length});
            }
            items.add(new Item(id, method, base, extents));
        }
        return items;
    }

    private record Box(String type, int payload, int end) {

        boolean is(String name) {
            return type.equals(name);
        }
    }

    /** The boxes from {@code from} to {@code to}: 32-bit size, 64-bit size (1) or to the end (0). */
    private static List<Box> children(byte[] in, int from, int to) {
        List<Box> boxes = new ArrayList<>();
        int p = from;
        while (p + 8 <= to) {
            long size = u32(in, p, to);
            String type = fourCc(in, p + 4, to);
            int header = 8;
            if (size == 1) {
                size = number(in, p + 8, 8, to);
                header = 16;
            } else if (size == 0) {
                size = to - p;
            }
            if (size < header || p + size > to) {
                throw new ImageMetadata.Unreadable("box '" + type + "' runs past its container");
            }
            boxes.add(new Box(type, p + header, (int) (p + size)));
            p += (int) size;
        }
        return boxes;
    }

    private static long number(byte[] in, int p, int bytes, int end) {
        if (bytes != 0 && bytes != 4 && bytes != 8) {
            throw new ImageMetadata.Unreadable("a field of " + bytes + " bytes");
        }
        if (p + bytes > end) {
            throw new ImageMetadata.Unreadable("a box ends early");
        }
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | (in[p + i] & 0xFF);
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new ImageMetadata.Unreadable("an offset beyond 2 GB");
        }
        return value;
    }

    private static int u8(byte[] in, int p, int end) {
        if (p + 1 > end) {
            throw new ImageMetadata.Unreadable("a box ends early");
        }
        return in[p] & 0xFF;
    }

    private static int u16(byte[] in, int p, int end) {
        if (p + 2 > end) {
            throw new ImageMetadata.Unreadable("a box ends early");
        }
        return (in[p] & 0xFF) << 8 | in[p + 1] & 0xFF;
    }

    private static long u32(byte[] in, int p, int end) {
        if (p + 4 > end) {
            throw new ImageMetadata.Unreadable("a box ends early");
        }
        return (long) (in[p] & 0xFF) << 24 | (in[p + 1] & 0xFF) << 16 | (in[p + 2] & 0xFF) << 8 | in[p + 3] & 0xFF;
    }

    private static String fourCc(byte[] in, int p, int end) {
        if (p + 4 > end) {
            throw new ImageMetadata.Unreadable("a box ends early");
        }
        return new String(in, p, 4, StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] in, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
