package org.qianshou.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String URL = "https://qianshou.example/verify/AbCdEfGhIjKlMnOpQrStUvWx";

    private final CertificatePdf pdf = new CertificatePdf(new CertificateFont(new HoursConfiguration(null)));

    private static CertificateContent content(int lines) {
        return content(lines, null);
    }

    private static CertificateContent content(int lines, OffsetDateTime revokedAt) {
        List<CertificateContent.Line> records = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            records.add(new CertificateContent.Line(
                    LocalDate.of(2026, 12, 5).plusDays(i),
                    "留守儿童课业辅导 " + i,
                    "云南省 › 昭通市 › 彝良县 · 村委会活动室",
                    210,
                    "为留守儿童辅导数学和语文作业，组织阅读活动。"));
        }
        return new CertificateContent(
                "AbCdEfGhIjKlMnOpQrStUvWx",
                URL,
                "测试志愿者",
                "530627********0012",
                "昭通市测试社会工作服务中心",
                "0870-1234567",
                210 * lines,
                LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 5).plusDays(lines - 1L),
                OffsetDateTime.of(2026, 12, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8)),
                records,
                revokedAt);
    }

    @Test
    void theTextCarriesTheFieldsOfTheMeasuresAndCanBeExtracted() throws Exception {
        byte[] bytes = pdf.render(content(2));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            // (a line break between two words reads as a space)
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("志愿服务证明")
                    .contains("测试志愿者")
                    .contains("530627********0012")
                    .contains("7 小时")
                    .contains("420 分钟")
                    .contains("2026年12月5日")
                    .contains("2026-12-06")
                    .contains("昭通市测试社会工作服务中心")
                    .contains("0870-1234567")
                    .contains("2026年12月20日")
                    .contains("为留守儿童辅导数学和语文作业")
                    .contains("AbCdEfGhIjKlMnOpQrStUvWx");
        }
    }

    @Test
    void aRevokedCertificateSaysSoWithTheDate() throws Exception {
        OffsetDateTime revoked = OffsetDateTime.of(2027, 1, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        try (PDDocument document = Loader.loadPDF(pdf.render(content(1, revoked)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("已失效 REVOKED 2027年1月3日");
        }
        try (PDDocument document = Loader.loadPDF(pdf.render(content(1)))) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("已失效");
        }
    }

    @Test
    void theCjkFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(content(1)))) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void theQrCodeOpensTheVerifyPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(content(1)))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }

    @Test
    void manyRecordsContinueOnFurtherPages() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(content(40)))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("留守儿童课业辅导 39").contains("AbCdEfGhIjKlMnOpQrStUvWx");
        }
    }

    @Test
    void aMissingConfiguredFontIsAnErrorNamingIt() {
        CertificatePdf withoutFont =
                new CertificatePdf(new CertificateFont(new HoursConfiguration("/nonexistent/font.ttf")));

        assertThatThrownBy(() -> withoutFont.render(content(1))).hasMessageContaining("/nonexistent/font.ttf");
    }
}
