package org.peaceops.intranet.web.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The thumbnail strip of the page viewer: a window of pages around the current one, never outside the document. */
class DocumentReadingTest {

    @Test
    void theCurrentPageIsInTheMiddleOfTheStrip() {
        assertThat(DocumentReading.strip(20, 36)).containsExactly(16, 17, 18, 19, 20, 21, 22, 23, 24);
    }

    @Test
    void theStripStaysWithinTheDocument() {
        assertThat(DocumentReading.strip(1, 36)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(DocumentReading.strip(36, 36)).containsExactly(28, 29, 30, 31, 32, 33, 34, 35, 36);
        assertThat(DocumentReading.strip(2, 5)).containsExactly(1, 2, 3, 4, 5);
        assertThat(DocumentReading.strip(1, 1)).containsExactly(1);
    }
}
