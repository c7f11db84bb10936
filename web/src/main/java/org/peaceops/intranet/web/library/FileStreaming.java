package org.peaceops.intranet.web.library;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
import org.peaceops.intranet.documents.application.DownloadableFile;

/**
 * Streaming a stored file to whoever downloads it, the same for the library's download link and the
 * API: the headers that name it and the copy in bounded chunks (never the whole file in memory).
 */
public final class FileStreaming {

    private static final int BUFFER = 64 * 1024;

    private FileStreaming() {
    }

    /** The strong entity tag of a file: its content hash, quoted. */
    public static String entityTag(DownloadableFile file) {
        return "\"" + file.getSha256() + "\"";
    }

    /** The media type to send; a file of unknown type is sent as bytes. */
    public static String mediaType(DownloadableFile file) {
        return file.getMediaType() == null ? "application/octet-stream" : file.getMediaType();
    }

    /**
     * An ASCII fallback plus the exact UTF-8 name (RFC 6266); nothing from the name can break the header.
     *
     * @param unnamed the name given to a file without one
     */
    public static String contentDisposition(String fileName, String unnamed) {
        String name = fileName == null || fileName.isBlank() ? unnamed : fileName;
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Copies {@code length} bytes (or up to the end) from {@code in}'s position to {@code out}. */
    public static void copy(SeekableByteChannel in, WritableByteChannel out, long length) throws IOException {
        copy(in, out, length, n -> { });
    }

    /**
     * As {@link #copy(SeekableByteChannel, WritableByteChannel, long)}, telling {@code written} the size of
     * each chunk once it is written: a caller counts what left even when the copy is cut half-way.
     */
    public static void copy(SeekableByteChannel in, WritableByteChannel out, long length, LongConsumer written)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long left = length;
        while (left > 0) {
            buffer.clear().limit((int) Math.min(BUFFER, left));
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            written.accept(read);
            left -= read;
        }
    }
}
