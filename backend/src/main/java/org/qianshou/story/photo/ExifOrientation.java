package org.qianshou.story.photo;

import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation (tag 0x0112 of IFD0, 1 to 8) of a JPEG (APP1 {@code Exif}), WebP ({@code EXIF} chunk) or PNG
 * ({@code eXIf} chunk), read from the bytes as uploaded: the pixels are stored as the sensor read them and this tag says
 * how to turn them. Anything missing or malformed is 1 (as stored).
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {}

    static int of(PhotoFormat format, byte[] bytes) {
        try {
            int[] tiff = switch (format) {
                case JPEG -> jpegExif(bytes);
                case WEBP -> webpExif(bytes);
                case PNG -> pngExif(bytes);
            };
            if (tiff == null) {
                return NORMAL;
            }
            int value = orientation(bytes, tiff[0], tiff[1]);
            return value >= 1 && value <= 8 ? value : NORMAL;
        } catch (IndexOutOfBoundsException e) {
            return NORMAL;
        }
    }

    /** {start, end} of the TIFF structure inside the first APP1 segment that begins {@code Exif\0\0}. */
    private static int[] jpegExif(byte[] b) {
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // image data: no metadata after this point is read
            }
            int length = u16(b, pos + 2, true);
            int data = pos + 4;
            int end = pos + 2 + length;
            if (length < 2 || end > b.length) {
                return null;
            }
            if (marker == 0xE1 && startsWith(b, data, "Exif\0\0")) {
                return new int[] {data + 6, end};
            }
            pos = end;
        }
        return null;
    }

    private static int[] webpExif(byte[] b) {
        if (b.length < 12) {
            return null;
        }
        int pos = 12;
        while (pos + 8 <= b.length) {
            String fourcc = new String(b, pos, 4, StandardCharsets.US_ASCII);
            long size = u32le(b, pos + 4);
            int data = pos + 8;
            if (size < 0 || data + size > b.length) {
                return null;
            }
            if (fourcc.equals("EXIF")) {
                int start = startsWith(b, data, "Exif\0\0") ? data + 6 : data;
                return new int[] {start, (int) (data + size)};
            }
            pos = (int) (data + size + (size & 1));
        }
        return null;
    }

    private static int[] pngExif(byte[] b) {
        int pos = 8;
        while (pos + 12 <= b.length) {
            long length = u32be(b, pos);
            String type = new String(b, pos + 4, 4, StandardCharsets.US_ASCII);
            int data = pos + 8;
            if (length < 0 || data + length > b.length) {
                return null;
            }
            if (type.equals("eXIf")) {
                return new int[] {data, (int) (data + length)};
            }
            if (type.equals("IEND")) {
                return null;
            }
            pos = (int) (data + length + 4);
        }
        return null;
    }

    /** The orientation tag of IFD0 in the TIFF structure at {@code [start, end)}, or 1. */
    private static int orientation(byte[] b, int start, int end) {
        if (end - start < 8) {
            return NORMAL;
        }
        boolean big;
        if (b[start] == 'M' && b[start + 1] == 'M') {
            big = true;
        } else if (b[start] == 'I' && b[start + 1] == 'I') {
            big = false;
        } else {
            return NORMAL;
        }
        if (u16(b, start + 2, big) != 42) {
            return NORMAL;
        }
        long ifd = big ? u32be(b, start + 4) : u32le(b, start + 4);
        int pos = (int) (start + ifd);
        if (ifd < 8 || pos + 2 > end) {
            return NORMAL;
        }
        int entries = u16(b, pos, big);
        for (int i = 0; i < entries; i++) {
            int entry = pos + 2 + i * 12;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(b, entry, big) == TAG_ORIENTATION && u16(b, entry + 2, big) == TYPE_SHORT) {
                return u16(b, entry + 8, big);
            }
        }
        return NORMAL;
    }

    private static boolean startsWith(byte[] b, int pos, String ascii) {
        byte[] s = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (pos + s.length > b.length) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (b[pos + i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int pos, boolean big) {
        int hi = b[pos] & 0xFF;
        int lo = b[pos + 1] & 0xFF;
        return big ? (hi << 8) | lo : (lo << 8) | hi;
    }

    private static long u32be(byte[] b, int pos) {
        return ((long) (b[pos] & 0xFF) << 24)
                | ((b[pos + 1] & 0xFF) << 16)
                | ((b[pos + 2] & 0xFF) << 8)
                | (b[pos + 3] & 0xFF);
    }

    private static long u32le(byte[] b, int pos) {
        return ((long) (b[pos + 3] & 0xFF) << 24)
                | ((b[pos + 2] & 0xFF) << 16)
                | ((b[pos + 1] & 0xFF) << 8)
                | (b[pos] & 0xFF);
    }
}
