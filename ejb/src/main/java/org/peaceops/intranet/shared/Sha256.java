package org.peaceops.intranet.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256, the intranet's one content address (blob names, ETags, the mission nodes' files channel, node
 * credentials), always as lower-case hex: one place to get a digest, so no caller handles the
 * {@link NoSuchAlgorithmException} that every Java runtime rules out.
 */
public final class Sha256 {

    private static final int BUFFER = 64 * 1024;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    /** A fresh digest, for a caller that hashes bytes as they stream past (the blob store's copy). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The 32 bytes of the SHA-256 of {@code text}'s UTF-8 bytes. */
    public static byte[] of(String text) {
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String hexOf(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }

    /** The hex SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String hexOf(String text) {
        return hex(of(text));
    }

    /** The hex SHA-256 of a file's bytes, read as a stream: never whole in memory. */
    public static String hexOf(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest.digest());
    }

    /** Lower-case hex of a digest's bytes, as the intranet writes a SHA-256 everywhere. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** Whether {@code text} is a SHA-256 as the intranet writes it: 64 lower-case hex digits. */
    public static boolean isHex(String text) {
        return text != null && HEX.matcher(text).matches();
    }

    /**
     * Refuses anything but a SHA-256 ({@link #isHex}): what names a file in a store must never reach
     * outside it, and what a value object keeps must be a content address.
     *
     * @return {@code sha256}
     * @throws IllegalArgumentException if it is not one
     */
    public static String requireHex(String sha256) {
        if (!isHex(sha256)) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + sha256);
        }
        return sha256;
    }
}
