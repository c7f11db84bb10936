package org.peaceops.intranet.documents.infrastructure.tika;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.peaceops.intranet.documents.infrastructure.tika.child.ContainedParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Keeps the failure a child JVM reported as a processing instruction; passes everything else on. */
final class ChildReport extends ContentHandlerDecorator {

    private String report;

    ChildReport(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (ContainedParser.TARGET.equals(target)) {
            report = data;
        } else {
            super.processingInstruction(target, data);
        }
    }

    /** Throws the reported failure, if the child reported one. */
    void rethrow() throws ChildFailure {
        ChildFailure failure = report == null ? null : ChildFailure.parse(report);
        if (failure != null) {
            throw failure;
        }
    }
}
