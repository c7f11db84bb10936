package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Passes text through, counting it and keeping its beginning (for the language guess and the empty check). */
final class TextSample extends FilterWriter {

    private static final int SAMPLE = 20_000;

    private final StringBuilder sample = new StringBuilder();
    private long count;

    TextSample(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(c);
        count++;
        if (sample.length() < SAMPLE) {
            sample.append((char) c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        count += length;
        if (sample.length() < SAMPLE) {
            sample.append(buffer, offset, Math.min(length, SAMPLE - sample.length()));
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void close() {
        // the owner of the underlying writer closes it
    }

    long count() {
        return count;
    }

    String sample() {
        return sample.toString();
    }
}
