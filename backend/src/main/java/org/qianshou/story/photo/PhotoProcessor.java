package org.qianshou.story.photo;

import com.twelvemonkeys.image.ResampleOp;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.qianshou.system.InvalidInputException;

/**
 * Turns an uploaded image into what is stored and served: the type decided by the bytes (JPEG, PNG or WebP) and proved
 * by a complete decode; the size read from the header and refused above {@link #MAX_PIXELS} before any pixel is
 * decoded; the EXIF orientation applied to the pixels; then every byte written anew from the pixels alone, so that no
 * metadata of the upload (EXIF with GPS, XMP, IPTC, ICC profiles, comments, text chunks) survives: JPEG at quality
 * {@value #JPEG_QUALITY}, or PNG when the image has transparent pixels. Widths {@link #WIDTHS} no larger than the image
 * are made with TwelveMonkeys' Lanczos resampling (ADR 0011); nothing is ever upscaled.
 */
final class PhotoProcessor {

    static final long MAX_PIXELS = 40_000_000L;
    static final List<Integer> WIDTHS = List.of(320, 640, 1280);
    static final float JPEG_QUALITY = 0.85f;
    static final String JPEG_TYPE = "image/jpeg";
    static final String PNG_TYPE = "image/png";

    /** Decoding a large photo takes a lot of memory: at most two at once. */
    private static final Semaphore DECODING = new Semaphore(2);

    /** An encoded image. */
    record Encoded(byte[] bytes, String contentType, int width, int height) {}

    /** The cleaned original and its widths, smallest first. */
    record Processed(Encoded original, List<Encoded> variants) {}

    private PhotoProcessor() {}

    /**
     * @throws InvalidInputException naming {@code file}: not JPEG, PNG or WebP by content, too many pixels, or not
     *     decodable
     */
    static Processed process(byte[] upload) {
        PhotoFormat format = PhotoFormat.sniff(upload).orElseThrow(PhotoProcessor::unsupported);
        DECODING.acquireUninterruptibly();
        try {
            BufferedImage decoded = decode(format, upload);
            BufferedImage oriented = orient(normalise(decoded), ExifOrientation.of(format, upload));
            boolean transparent = hasTransparency(oriented);
            Encoded original = encode(oriented, transparent);
            List<Encoded> variants = new ArrayList<>();
            for (int width : WIDTHS) {
                if (width <= oriented.getWidth()) {
                    variants.add(encode(resize(oriented, width), transparent));
                }
            }
            return new Processed(original, List.copyOf(variants));
        } finally {
            DECODING.release();
        }
    }

    static InvalidInputException unsupported() {
        return InvalidInputException.of("file", "field.photo.type");
    }

    private static BufferedImage decode(PhotoFormat format, byte[] bytes) {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw unreadable();
            }
            if (width * height > MAX_PIXELS) {
                throw InvalidInputException.of(
                        "file", "field.photo.too-many-pixels", width, height, MAX_PIXELS / 1_000_000);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw unreadable();
            }
            return image;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static InvalidInputException unreadable() {
        return InvalidInputException.of("file", "field.photo.unreadable");
    }

    private static ImageReader reader(PhotoFormat format) {
        if (format == PhotoFormat.WEBP) {
            // named, not looked up: the fat jar's service files cannot lose it
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Iterator<ImageReader> readers =
                ImageIO.getImageReadersByFormatName(format == PhotoFormat.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + format);
        }
        return readers.next();
    }

    /** The pixels as 8-bit sRGB, with alpha when the image has an alpha channel. */
    private static BufferedImage normalise(BufferedImage image) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image turned as EXIF orientation {@code orientation} (1–8) says, so that it displays upright without it. */
    static BufferedImage orient(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> { // 8
                        sx = w - 1 - y;
                        sy = x;
                    }
                }
                out[y * ow + x] = in[sy * w + sx];
            }
        }
        BufferedImage result = new BufferedImage(ow, oh, src.getType());
        result.setRGB(0, 0, ow, oh, out, 0, ow);
        return result;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage resize(BufferedImage image, int width) {
        if (width == image.getWidth()) {
            return image;
        }
        int height = (int) Math.max(1, Math.round((double) image.getHeight() * width / image.getWidth()));
        return new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(image, null);
    }

    /** Written from the pixels alone: a JPEG (baseline JFIF, no EXIF) or, with transparency, a PNG without chunks of text. */
    private static Encoded encode(BufferedImage image, boolean transparent) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (transparent) {
                BufferedImage argb = image.getType() == BufferedImage.TYPE_INT_ARGB
                        ? image
                        : copy(image, BufferedImage.TYPE_INT_ARGB);
                write("png", argb, null, bytes);
                return new Encoded(bytes.toByteArray(), PNG_TYPE, image.getWidth(), image.getHeight());
            }
            BufferedImage rgb =
                    image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image, BufferedImage.TYPE_INT_RGB);
            write("jpeg", rgb, JPEG_QUALITY, bytes);
            return new Encoded(bytes.toByteArray(), JPEG_TYPE, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage copy(BufferedImage image, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void write(String format, BufferedImage image, Float quality, ByteArrayOutputStream bytes)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
