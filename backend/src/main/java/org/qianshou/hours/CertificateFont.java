package org.qianshou.hours;

import jakarta.inject.Singleton;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The CJK font embedded (as a subset) in every certificate. PDFBox embeds TrueType outlines only, so the font
 * is a .ttf or .ttc file: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0) from Debian's {@code fonts-wqy-microhei}
 * unless {@code qianshou.hours.certificate-font} names another. A missing font is an error at the first
 * certificate, saying which files were looked for.
 */
@Singleton
class CertificateFont {

    /** Where Debian's packages put TrueType CJK fonts, in order of preference. */
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private final HoursConfiguration configuration;

    CertificateFont(HoursConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The font file in use. */
    Path file() {
        String configured = configuration.certificateFont();
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isReadable(path)) {
                throw new IllegalStateException(
                        "the certificate font " + path + " (qianshou.hours.certificate-font) cannot be read");
            }
            return path;
        }
        return CANDIDATES.stream()
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK TrueType font for certificates: looked for "
                        + CANDIDATES
                        + "; install Debian's fonts-wqy-microhei (infra/ does) or set QIANSHOU_CERTIFICATE_FONT"));
    }

    /** The font, open until the document that embeds it has been saved. */
    Open open() throws IOException {
        Path file = file();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            if (first.get() == null) {
                collection.close();
                throw new IOException("the font collection " + file + " holds no font");
            }
            return new Open(first.get(), collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new Open(font, font);
    }

    /** A parsed font and what to close when done with it. */
    record Open(TrueTypeFont font, Closeable resource) implements Closeable {
        @Override
        public void close() throws IOException {
            resource.close();
        }
    }
}
