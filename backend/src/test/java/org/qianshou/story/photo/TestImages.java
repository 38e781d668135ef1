package org.qianshou.story.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Images made for the photo tests: the pixels known, the metadata real (written by Apache Commons Imaging). */
final class TestImages {

    static final Color RED = new Color(200, 40, 40);
    static final Color BLUE = new Color(40, 60, 200);
    /** A point in 镇雄县 (the test's fictitious camera position). */
    static final double LATITUDE = 27.441;

    static final double LONGITUDE = 104.873;
    static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
            + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"test camera\"/></rdf:RDF></x:xmpmeta>";

    private TestImages() {}

    /** Left half red, right half blue. */
    static BufferedImage twoColours(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: the pixels stored sideways with EXIF orientation 6 (turn 90° clockwise to show), a
     * GPS directory with the camera's position, and an XMP packet.
     */
    static byte[] jpegWithGpsAndOrientation(int width, int height) {
        byte[] plain = write(twoColours(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
        try {
            TiffOutputSet exif = new TiffOutputSet(ByteOrder.BIG_ENDIAN);
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "TestCam");
            exif.getOrCreateExifDirectory();
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain, withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, XMP);
            return withXmp.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG whose header claims {@code width} × {@code height} pixels and whose data is a few bytes. */
    static byte[] pngHeaderOnly(int width, int height) {
        byte[] small = write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        // IHDR's width and height are at bytes 16..23; the CRC no longer matches, which a header read does not check
        byte[] bomb = small.clone();
        putInt(bomb, 16, width);
        putInt(bomb, 20, height);
        return bomb;
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
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

    /** The markers of a JPEG's segments before its image data (SOS), e.g. {@code FFE0} for APP0. */
    static List<String> jpegSegments(byte[] b) {
        List<String> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= b.length) {
            int marker = b[pos + 1] & 0xFF;
            markers.add(String.format("FF%02X", marker));
            if (marker == 0xDA) {
                break;
            }
            int length = ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            pos += 2 + length;
        }
        return markers;
    }

    /** Whether the colour is closer to red than to blue. */
    static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getBlue() < 100;
    }

    static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 150 && c.getRed() < 100;
    }
}
