package org.peaceops.intranet.documents.infrastructure.tika;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse at its deadline: every SAX event checks the clock, so a parser that keeps producing
 * (a huge spreadsheet, a page-by-page PDF) is cut off cleanly at the limit instead of running on.
 */
final class DeadlineHandler extends ContentHandlerDecorator {

    private static final String MESSAGE = "extraction deadline reached";

    private final ParseClock clock;

    DeadlineHandler(ContentHandler handler, ParseClock clock) {
        super(handler);
        this.clock = clock;
    }

    private void check() throws SAXException {
        if (clock.expired()) {
            throw new SAXException(MESSAGE);
        }
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXException && MESSAGE.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        check();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }
}
