package org.qianshou.hours;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a certificate as an A4 PDF: PDFBox, the CJK font embedded as a subset (so the text can be read and
 * extracted anywhere), and the verification link as a QR code drawn in vector modules (zxing). Continues on
 * further pages when the records do not fit on one.
 */
@Singleton
class CertificatePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float QR_SIZE = 96;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CertificateFont fonts;

    CertificatePdf(CertificateFont fonts) {
        this.fonts = fonts;
    }

    byte[] render(CertificateContent c) {
        try (CertificateFont.Open open = fonts.open();
                PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, open.font(), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("志愿服务证明 Certificate of volunteer service " + c.code());
            info.setProducer("Qianshou 牵手");
            new Writer(document, font).write(c);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate could not be rendered", e);
        }
    }

    /** Lays out the text top to bottom, starting new pages as needed. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void write(CertificateContent c) throws IOException {
            newPage();
            centred("志愿服务证明", 24);
            centred("Certificate of Volunteer Service", 12);
            if (c.revokedAt() != null) {
                stream.setNonStrokingColor(0.75f, 0f, 0f);
                centred("已失效 REVOKED " + DAY.format(c.revokedAt().toLocalDate()), 16);
                stream.setNonStrokingColor(0f, 0f, 0f);
            }
            y -= 14;
            paragraph(
                    "兹证明 " + c.volunteerName() + "（证件号码 " + c.idNumberMasked() + "）于 "
                            + DAY.format(c.periodFrom()) + " 至 " + DAY.format(c.periodTo()) + " 期间在 "
                            + c.organisationName() + " 参加志愿服务，累计服务时长 " + Hours.of(c.totalMinutes())
                            + " 小时（" + c.totalMinutes() + " 分钟）。服务记录如下。",
                    12);
            paragraph(
                    "This certifies that " + c.volunteerName() + " (ID " + c.idNumberMasked()
                            + ") served as a volunteer"
                            + " with " + c.organisationName() + " from " + c.periodFrom() + " to " + c.periodTo()
                            + " for " + Hours.of(c.totalMinutes()) + " hours in all (" + c.totalMinutes()
                            + " minutes), as recorded below.",
                    10);
            y -= 6;
            int index = 1;
            for (CertificateContent.Line line : c.records()) {
                paragraph(
                        index++ + ". " + line.date() + "  " + line.activity() + "  " + Hours.of(line.minutes())
                                + " 小时 hours",
                        11);
                paragraph("地点 Place: " + line.place(), 9);
                paragraph("服务内容 Content: " + line.content(), 9);
                y -= 4;
            }
            y -= 10;
            if (y < MARGIN + QR_SIZE + 70) {
                newPage();
            }
            paragraph("出具组织 Issued by: " + c.organisationName(), 11);
            if (c.organisationContact() != null && !c.organisationContact().isBlank()) {
                paragraph("联系方式 Contact: " + c.organisationContact(), 11);
            }
            paragraph("出具日期 Date of issue: " + DAY.format(c.issuedAt().toLocalDate()), 11);
            y -= 8;
            float qrTop = y;
            qr(c.verifyUrl(), MARGIN, qrTop - QR_SIZE, QR_SIZE);
            float textX = MARGIN + QR_SIZE + 14;
            text("验证码 Verification code: " + c.code(), textX, qrTop - 20, 10);
            text("扫码或访问以下地址核验本证明 Scan or open to verify:", textX, qrTop - 38, 9);
            List<String> url = wrap(c.verifyUrl(), 9, WIDTH - MARGIN - textX);
            float lineY = qrTop - 52;
            for (String part : url) {
                text(part, textX, lineY, 9);
                lineY -= 12;
            }
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN;
        }

        private void centred(String s, float size) throws IOException {
            String safe = printable(s);
            float width = font.getStringWidth(safe) / 1000 * size;
            y -= size * 1.5f;
            text(safe, (WIDTH - width) / 2, y, size);
        }

        private void paragraph(String s, float size) throws IOException {
            for (String line : wrap(s, size, WIDTH - 2 * MARGIN)) {
                if (y - size * 1.6f < MARGIN) {
                    newPage();
                }
                y -= size * 1.6f;
                text(line, MARGIN, y, size);
            }
        }

        private void text(String s, float x, float atY, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(printable(s));
            stream.endText();
        }

        /** Breaks the text into lines that fit the width (at a space, or at any character: Chinese has no spaces). */
        private List<String> wrap(String s, float size, float width) throws IOException {
            String text = printable(s);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (used + w > width && !line.isEmpty()) {
                    // break after the last space when it is in the line's second half (words, dates), else here
                    int space = line.lastIndexOf(" ");
                    String rest = space > line.length() / 2 ? line.substring(space + 1) : "";
                    lines.add(line.substring(0, line.length() - rest.length()).stripTrailing());
                    line.setLength(0);
                    line.append(rest);
                    used = font.getStringWidth(rest) / 1000 * size;
                }
                line.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** The text with line breaks as spaces and characters the font lacks as "?", so that rendering never fails. */
        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    out.append(' ');
                } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        private void qr(String content, float x, float bottom, float size) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter()
                        .encode(
                                content,
                                BarcodeFormat.QR_CODE,
                                0,
                                0,
                                Map.of(
                                        EncodeHintType.MARGIN,
                                        0,
                                        EncodeHintType.ERROR_CORRECTION,
                                        ErrorCorrectionLevel.M));
            } catch (WriterException e) {
                throw new IOException("the verification link does not fit a QR code", e);
            }
            float module = size / matrix.getWidth();
            stream.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        stream.addRect(x + col * module, bottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            stream.fill();
        }
    }
}
