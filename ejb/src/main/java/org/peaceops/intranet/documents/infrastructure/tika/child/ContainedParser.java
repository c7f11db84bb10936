package org.peaceops.intranet.documents.infrastructure.tika.child;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses in the child and never lets the parser's exception cross back to the server. Tika sends it
 * serialized, and the server side cannot read it back (it resolves the classes without a class loader):
 * every refused file then looked like a crashed child, and the child was killed and a new JVM started
 * for the next file. Instead the failure is sent as a processing instruction, {@value #TARGET}, ahead of
 * the normal end of the call: each cause on one line, its class names then its message.
 */
public class ContainedParser implements Parser {

    private static final long serialVersionUID = 1L;

    /** The processing instruction's target that carries a failure. */
    public static final String TARGET = "peaceops-extraction-failure";
    /** Separates a line's class names from its message. */
    public static final String SEPARATOR = " :: ";

    private final Parser parser;

    public ContainedParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return parser.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        try {
            parser.parse(stream, handler, metadata, context);
        } catch (Exception | StackOverflowError e) {
            handler.processingInstruction(TARGET, describe(e));
        }
    }

    /** One line per cause: "a.B a.Super java.lang.Exception :: message". */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                out.append(c.getName()).append(' ');
            }
            String message = t.getMessage() == null ? "" : t.getMessage().replace('\n', ' ').replace('\r', ' ');
            out.append(SEPARATOR.strip()).append(' ').append(message.length() > 2000 ? message.substring(0, 2000) : message).append('\n');
        }
        return out.toString();
    }
}
