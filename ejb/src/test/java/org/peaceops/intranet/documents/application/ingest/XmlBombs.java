package org.peaceops.intranet.documents.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.domain.extraction.ExtractionReason;
import org.peaceops.intranet.documents.domain.extraction.ExtractionStatus;
import org.peaceops.intranet.documents.infrastructure.tika.TikaTextExtractor;

/**
 * What an XML bomb inside an office document must give, in process and in a child JVM alike: an
 * OpenDocument's text up to the parser's limit, recorded as truncated with the limit named; a Word
 * document refused unread (its parser accepts no DOCTYPE at all), with that said.
 */
final class XmlBombs {

    private XmlBombs() {
    }

    static void checkWith(TikaTextExtractor extractor, HostileFiles files, String prefix) throws IOException {
        StringWriter laughs = new StringWriter();
        ExtractionOutcome odt = extractor.extract(files.odt(prefix + "laughs.odt", "L1", HostileFiles.BILLION_LAUGHS_DOCTYPE,
                HostileFiles.BILLION_LAUGHS_BODY), null, laughs);
        assertThat(odt.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(odt.reason()).contains(ExtractionReason.TEXT_TRUNCATED);
        assertThat(odt.detail()).hasValueSatisfying(d -> assertThat(d).contains("limit xml.entity-expansions="));
        assertThat(laughs.toString()).contains("Readable first paragraph L1.");
        assertThat(odt.textChars()).isEqualTo(laughs.getBuffer().length()).isLessThan(10_000);

        StringWriter quadratic = new StringWriter();
        ExtractionOutcome blowUp = extractor.extract(files.odt(prefix + "quadratic.odt", "Q1", HostileFiles.QUADRATIC_DOCTYPE,
                HostileFiles.QUADRATIC_BODY), null, quadratic);
        assertThat(blowUp.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(blowUp.reason()).contains(ExtractionReason.TEXT_TRUNCATED);
        assertThat(blowUp.detail()).hasValueSatisfying(d -> assertThat(d).contains("limit tika.characters-per-input-byte=100"));
        assertThat(quadratic.toString()).startsWith("Readable first paragraph Q1.".substring(0, 10)).contains("Q1.");
        // 10^10 characters if expanded; Tika stops it near a million
        assertThat(blowUp.textChars()).isBetween(100_000L, 2_000_000L);

        for (String doctype : new String[] {HostileFiles.BILLION_LAUGHS_DOCTYPE, HostileFiles.QUADRATIC_DOCTYPE}) {
            ExtractionOutcome docx = extractor.extract(files.docx(prefix + doctype.length() + ".docx", "D1", doctype,
                    doctype.contains("lol") ? HostileFiles.BILLION_LAUGHS_BODY : HostileFiles.QUADRATIC_BODY), null, new StringWriter());
            assertThat(docx.status()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(docx.reason()).contains(ExtractionReason.CORRUPT);
            assertThat(docx.detail()).hasValueSatisfying(d -> assertThat(d).contains("declares a DOCTYPE"));
        }
    }
}
