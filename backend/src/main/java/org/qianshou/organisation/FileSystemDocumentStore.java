package org.qianshou.organisation;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Documents as files under {@code qianshou.documents-dir} ({@code QIANSHOU_DOCUMENTS_DIR}, default
 * {@code .data/documents}): written to a temporary file first and moved into place atomically, so a
 * reader never sees half a file.
 */
@Singleton
class FileSystemDocumentStore implements DocumentStore {

    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{32}$");
    private final SecureRandom random = new SecureRandom();
    private final Path root;

    FileSystemDocumentStore(DocumentStoreConfiguration configuration) {
        this.root = Path.of(configuration.documentsDir()).toAbsolutePath().normalize();
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        Path target = path(key);
        Path tmpDir = root.resolve("tmp");
        Files.createDirectories(tmpDir);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(tmpDir, key, ".part");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha256)) {
                size = content.transferTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    /** {@code <root>/ab/abcdef…}: the key is checked, so it can never leave the root. */
    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a document key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
