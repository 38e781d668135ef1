package org.qianshou.organisation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The three kinds of file accepted as documents, recognised by their first bytes (magic numbers),
 * never by what the client claims; the claim (part content type, filename extension) must agree.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    /** How many leading bytes {@link #sniff} needs. */
    static final int HEAD = 8;

    private static final Map<String, String> EXTENSIONS = Map.of("pdf", PDF, "png", PNG, "jpg", JPEG, "jpeg", JPEG);

    private ContentTypes() {}

    /** The type the bytes show, when it is one we accept. */
    static Optional<String> sniff(byte[] head) {
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of(PDF);
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The type a filename's extension claims, when it is one we accept. */
    static Optional<String> ofFilename(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        int dot = filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(EXTENSIONS.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * The accepted type of a file: the bytes must be PDF, PNG or JPEG, the filename's extension must
     * say the same, and so must the declared content type unless the client sent none or the generic
     * {@code application/octet-stream}.
     */
    static Optional<String> check(byte[] head, String filename, String declared) {
        Optional<String> sniffed = sniff(head);
        if (sniffed.isEmpty() || !sniffed.equals(ofFilename(filename))) {
            return Optional.empty();
        }
        if (declared != null && !declared.isBlank()) {
            String base = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            String normalised = base.equals("image/jpg") || base.equals("image/pjpeg") ? JPEG : base;
            if (!normalised.equals("application/octet-stream") && !normalised.equals(sniffed.get())) {
                return Optional.empty();
            }
        }
        return sniffed;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
