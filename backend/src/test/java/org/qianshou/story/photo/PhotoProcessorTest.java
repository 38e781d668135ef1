package org.qianshou.story.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.qianshou.system.InvalidInputException;

/** Orientation, the pixel limit and the type check, without the API. */
class PhotoProcessorTest {

    private static final int TL = 0x111111;
    private static final int TR = 0x222222;

    /** 3 × 2 pixels: top-left and top-right marked. */
    private static BufferedImage marked() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, TL);
        image.setRGB(2, 0, TR);
        return image;
    }

    private static String corner(BufferedImage image, int rgb) {
        int w = image.getWidth() - 1;
        int h = image.getHeight() - 1;
        if ((image.getRGB(0, 0) & 0xFFFFFF) == rgb) {
            return "TL";
        }
        if ((image.getRGB(w, 0) & 0xFFFFFF) == rgb) {
            return "TR";
        }
        if ((image.getRGB(0, h) & 0xFFFFFF) == rgb) {
            return "BL";
        }
        if ((image.getRGB(w, h) & 0xFFFFFF) == rgb) {
            return "BR";
        }
        return "?";
    }

    @Test
    void everyExifOrientationTurnsThePixelsAsTheTagSays() {
        // where the stored top-left and top-right pixels are shown, per EXIF orientation 1..8
        String[][] expected = {
            {"TL", "TR"},
            {"TR", "TL"},
            {"BR", "BL"},
            {"BL", "BR"},
            {"TL", "BL"},
            {"TR", "BR"},
            {"BR", "TR"},
            {"BL", "TL"}
        };
        for (int o = 1; o <= 8; o++) {
            BufferedImage shown = PhotoProcessor.orient(marked(), o);
            assertThat(shown.getWidth()).as("width, orientation " + o).isEqualTo(o >= 5 ? 2 : 3);
            assertThat(corner(shown, TL)).as("top-left, orientation " + o).isEqualTo(expected[o - 1][0]);
            assertThat(corner(shown, TR)).as("top-right, orientation " + o).isEqualTo(expected[o - 1][1]);
        }
    }

    @Test
    void theOrientationIsReadFromTheExifOfAJpegAndIsNormalWithoutOne() {
        assertThat(ExifOrientation.of(PhotoFormat.JPEG, TestImages.jpegWithGpsAndOrientation(40, 30)))
                .isEqualTo(6);
        assertThat(ExifOrientation.of(
                        PhotoFormat.JPEG,
                        TestImages.write(TestImages.twoColours(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg")))
                .isEqualTo(1);
        assertThat(ExifOrientation.of(PhotoFormat.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .isEqualTo(1);
    }

    @Test
    void moreThanFortyMegapixelsIsRefusedFromTheHeaderAndBadDataAsUnreadable() {
        assertThatThrownBy(() -> PhotoProcessor.process(TestImages.pngHeaderOnly(8000, 5001)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.messageKey()).isEqualTo("field.photo.too-many-pixels");
                        }));
        // exactly 40 megapixels passes the header check; the data (one pixel's worth) then fails to decode
        assertThatThrownBy(() -> PhotoProcessor.process(TestImages.pngHeaderOnly(8000, 5000)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("field.photo.unreadable"));
        assertThatThrownBy(() -> PhotoProcessor.process("GIF89a".getBytes()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("field.photo.type"));
    }

    @Test
    void widthsAreNeverLargerThanThePhoto() {
        PhotoProcessor.Processed processed = PhotoProcessor.process(
                TestImages.write(TestImages.twoColours(900, 300, BufferedImage.TYPE_INT_RGB), "png"));
        assertThat(processed.original().contentType()).isEqualTo("image/jpeg");
        assertThat(processed.original().width()).isEqualTo(900);
        assertThat(processed.variants())
                .extracting(PhotoProcessor.Encoded::width)
                .containsExactly(320, 640);
        assertThat(processed.variants())
                .extracting(PhotoProcessor.Encoded::height)
                .containsExactly(107, 213);
    }
}
