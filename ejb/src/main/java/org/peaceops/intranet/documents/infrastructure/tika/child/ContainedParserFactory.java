package org.peaceops.intranet.documents.infrastructure.tika.child;

import java.io.IOException;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParserFactory;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserFactory;
import org.xml.sax.SAXException;

/** Built in the child by Tika's fork server (by class name): the auto-detecting parser, contained. */
public class ContainedParserFactory extends ParserFactory {

    private final Map<String, String> args;

    public ContainedParserFactory(Map<String, String> args) {
        super(args);
        this.args = args;
    }

    @Override
    public Parser build() throws IOException, SAXException, TikaException {
        return new ContainedParser(new AutoDetectParserFactory(args).build());
    }
}
