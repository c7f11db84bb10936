package org.peaceops.intranet.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.infrastructure.texts.TextStore;

class TextStoreTest {

    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    @Test
    void aCommittedTextReadsBackAndAnAbandonedOneLeavesNothing() throws IOException {
        TextStore store = new TextStore(dir);
        try (TextStore.PendingText text = store.begin(SHA)) {
            text.writer().write("Protection of civilians — protection des civils");
            // not committed: as if the parse had broken off
        }
        assertThat(store.open(SHA)).isEmpty();
        try (Stream<Path> left = Files.walk(dir)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        try (TextStore.PendingText text = store.begin(SHA)) {
            text.writer().write("Protection of civilians — protection des civils");
            text.commit();
        }
        try (Reader reader = store.open(SHA).orElseThrow()) {
            char[] buffer = new char[200];
            int n = reader.read(buffer);
            assertThat(new String(buffer, 0, n)).isEqualTo("Protection of civilians — protection des civils");
        }
        assertThat(store.exists(SHA)).isTrue();
    }

    @Test
    void atStartUpAnInstanceDeletesOnlyItsOwnHalfWrittenTexts() throws IOException {
        TextStore nodeA = new TextStore(dir, "node-a");
        TextStore nodeB = new TextStore(dir, "node-b");
        TextStore.PendingText crashedOnA = nodeA.begin(SHA);
        TextStore.PendingText runningOnB = nodeB.begin("cd".repeat(32));
        try {
            assertThat(nodeA.deleteTemporaryFiles()).isEqualTo(1);
            runningOnB.writer().write("still being written on B");
            runningOnB.commit();
            assertThat(nodeB.exists("cd".repeat(32))).as("B's extraction finished untouched").isTrue();
        } finally {
            crashedOnA.close();
            runningOnB.close();
        }
    }
}
