package org.qianshou.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
    static final byte[] TEXT = "hello, this is text".getBytes(StandardCharsets.US_ASCII);

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() {
        assertThat(ContentTypes.sniff(PDF)).contains("application/pdf");
        assertThat(ContentTypes.sniff(PNG)).contains("image/png");
        assertThat(ContentTypes.sniff(JPEG)).contains("image/jpeg");
        assertThat(ContentTypes.sniff(TEXT)).isEmpty();
        assertThat(ContentTypes.sniff(new byte[] {0x25, 0x50})).as("too short").isEmpty();
        assertThat(ContentTypes.sniff(new byte[0])).isEmpty();
    }

    @Test
    void acceptsAFileWhoseBytesExtensionAndDeclaredTypeAgree() {
        assertThat(ContentTypes.check(PDF, "证书.pdf", "application/pdf")).contains("application/pdf");
        assertThat(ContentTypes.check(PNG, "scan.PNG", "image/png")).contains("image/png");
        assertThat(ContentTypes.check(JPEG, "photo.jpeg", "image/jpg")).contains("image/jpeg");
        assertThat(ContentTypes.check(JPEG, "photo.jpg", null))
                .as("no declared type")
                .contains("image/jpeg");
        assertThat(ContentTypes.check(PDF, "a.pdf", "application/octet-stream")).contains("application/pdf");
    }

    @Test
    void refusesMislabelledFiles() {
        assertThat(ContentTypes.check(PNG, "scan.pdf", "application/pdf"))
                .as("PNG named and declared PDF")
                .isEmpty();
        assertThat(ContentTypes.check(PNG, "scan.png", "application/pdf"))
                .as("PNG declared PDF")
                .isEmpty();
        assertThat(ContentTypes.check(TEXT, "notes.pdf", "application/pdf"))
                .as("text named .pdf")
                .isEmpty();
        assertThat(ContentTypes.check(PDF, "cert", "application/pdf"))
                .as("no extension")
                .isEmpty();
        assertThat(ContentTypes.check(PDF, "cert.exe", "application/pdf")).isEmpty();
    }

    @Test
    void cleansFilenames() {
        assertThat(DocumentService.cleanFilename("C:\\Users\\x\\登记证书.pdf")).isEqualTo("登记证书.pdf");
        assertThat(DocumentService.cleanFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentService.cleanFilename("a\u0000b\n.pdf")).isEqualTo("ab.pdf");
        assertThat(DocumentService.cleanFilename(null)).isEqualTo("document");
    }
}
