package org.qianshou.opening.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CheckInQrTest {

    @Test
    void theSvgIsAQrCodeThatReadsBackAsTheLink() throws Exception {
        String url = "http://qianshou.test/check-in/42?code=ABCD2345";
        String svg = CheckInQr.svg(url);
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ");

        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int modules = 0;
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
            modules++;
        }
        assertThat(modules).isGreaterThan(100);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }
}
