package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that runs an action before its first byte is read. Through a child JVM the child asks the
 * server for the file's bytes only once it is up and parsing: that first read is the moment the child
 * has started, whatever the wait for it was.
 */
final class FirstRead extends FilterInputStream {

    private Runnable action;

    FirstRead(InputStream in, Runnable action) {
        super(in);
        this.action = action;
    }

    private void fire() {
        Runnable once = action;
        if (once != null) {
            action = null;
            once.run();
        }
    }

    @Override
    public int read() throws IOException {
        fire();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        fire();
        return super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        fire();
        return super.skip(n);
    }
}
