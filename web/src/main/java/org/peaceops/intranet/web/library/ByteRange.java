package org.peaceops.intranet.web.library;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110): {@code bytes=first-last}, {@code bytes=first-}
 * or {@code bytes=-suffix}. Several ranges in one request are answered with the whole file, which the
 * RFC allows; resuming a download needs only one.
 */
public final class ByteRange {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final long first;
    private final long last;

    private ByteRange(long first, long last) {
        this.first = first;
        this.last = last;
    }

    /**
     * @return empty for no header or one this does not handle (send the whole file);
     *         a range, or {@link #unsatisfiable()} when it lies outside the file
     */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return Optional.of(suffix == 0 || size == 0 ? unsatisfiable() : new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            return Optional.of(first >= size || last < first ? unsatisfiable() : new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            return Optional.of(unsatisfiable());
        }
    }

    public static ByteRange unsatisfiable() {
        return new ByteRange(-1, -1);
    }

    public boolean isSatisfiable() {
        return first >= 0;
    }

    public long first() {
        return first;
    }

    public long last() {
        return last;
    }

    public long length() {
        return last - first + 1;
    }

    /**
     * Puts this range's answer on {@code response}: 206 and the bytes sent ({@code bytes first-last/size}),
     * or, when unsatisfiable, 416 and the file's size alone ({@code bytes *}{@code /size}), as RFC 9110
     * §14.4 asks. The caller still sends the bytes, or ends a 416 its own way (an error page or none).
     */
    public void writeTo(HttpServletResponse response, long size) {
        if (isSatisfiable()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
        } else {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", "bytes */" + size);
        }
    }
}
