package org.peaceops.intranet.documents.application.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.PolicyBackedGuidanceAccess;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.MissionCode;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;
import org.peaceops.intranet.documents.domain.guidance.ReviewPolicy;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.documents.domain.reading.MonthlyReading;
import org.peaceops.intranet.documents.domain.reading.ReadingCounts;
import org.peaceops.intranet.documents.domain.reading.ReadingKind;
import org.peaceops.intranet.documents.domain.reading.ReadingTotal;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * Reading counts with the real access policy over promulgated guidance: what is counted, for which
 * mission and month, and a "most read" list that never shows a document the reader may not open.
 */
class ReadingStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final DocumentType MANUAL = new DocumentType(4L, "MANUAL", "Manual", "Manuel", true, 40);

    private final Map<Long, GuidanceDocument> library = new HashMap<>();
    private final InMemoryCounts counts = new InMemoryCounts();
    private final ReadingStatistics statistics = new ReadingStatistics();

    private final Caller unmissReader = reader("reader-1", "UNMISS");
    private final Caller minuscaReader = reader("reader-2", "MINUSCA");

    @BeforeEach
    void wire() throws Exception {
        statistics.counts = counts;
        statistics.policy = new PolicyBackedGuidanceAccess();
        statistics.documents = new LibraryOf(library);
        statistics.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        promulgated(1, "HQ", Classification.PUBLIC, "Peacekeeping Best Practices");
        promulgated(2, "MINUSCA", Classification.CONFIDENTIAL, "Integrated operations");
        promulgated(3, "HQ", Classification.INTERNAL, "Training recommendations");
    }

    private static Caller reader(String subject, String mission) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER), mission,
                PersonnelCategory.CIVILIAN);
    }

    private void promulgated(long id, String mission, Classification classification, String title) throws Exception {
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        GuidanceDocument d = GuidanceDocument.draft(MANUAL, new ReferenceNumber("2026.0" + id),
                new Cataloguing("DPO", new MissionCode(mission), classification, Set.of(new org.peaceops.intranet.documents.domain.guidance.ThematicArea(6L, "PLANNING", "Planning", "Planification", 60))),
                VersionMetadata.builder().titleEn(title).languages(List.of("en")).build(), "author", t);
        d.attach(1, new FileReference("a".repeat(64), 10, "application/pdf", "f.pdf"), t);
        d.submit(1, "author", t, null);
        d.approve(1, "approver", t, null, ReviewPolicy.standard());
        d.promulgate(1, "approver", t, LocalDate.of(2026, 1, 6));
        Field field = GuidanceDocument.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(d, id);
        library.put(id, d);
    }

    @Test
    void aViewAndADownloadAreCountedForTheReadersMissionThisMonth() {
        statistics.viewed(unmissReader, 1);
        statistics.viewed(unmissReader, 1);
        statistics.downloaded(minuscaReader, library.get(1L));

        assertThat(counts.rows).containsExactlyInAnyOrder(
                new MonthlyReading(1, "UNMISS", YearMonth.of(2026, 12), 2, 0),
                new MonthlyReading(1, "MINUSCA", YearMonth.of(2026, 12), 0, 1));
        assertThat(statistics.figures(unmissReader, 1).getViews()).isEqualTo(2);
        assertThat(statistics.figures(unmissReader, 1).getDownloads()).isEqualTo(1);
    }

    @Test
    void aDocumentTheReaderMayNotOpenIsNeitherCountedNorShown() {
        assertThatThrownBy(() -> statistics.viewed(unmissReader, 2)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> statistics.figures(unmissReader, 2)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> statistics.viewed(unmissReader, 99)).isInstanceOf(GuidanceNotFoundException.class);
        assertThat(counts.rows).isEmpty();
    }

    @Test
    void theSystemIsNotAReader() {
        statistics.downloaded(Caller.system(), library.get(1L));
        assertThat(counts.rows).isEmpty();
    }

    @Test
    void mostReadIsRankedAndTrimmedByTheAccessPolicy() {
        for (int i = 0; i < 5; i++) {
            statistics.viewed(minuscaReader, 2);
        }
        statistics.viewed(minuscaReader, 3);
        statistics.viewed(minuscaReader, 3);
        statistics.viewed(unmissReader, 1);

        assertThat(statistics.mostRead(minuscaReader, 5)).extracting(MostReadDocument::getTitle)
                .containsExactly("Integrated operations", "Training recommendations", "Peacekeeping Best Practices");
        List<MostReadDocument> unmiss = statistics.mostRead(unmissReader, 5);
        assertThat(unmiss).extracting(MostReadDocument::getTitle)
                .containsExactly("Training recommendations", "Peacekeeping Best Practices");
        assertThat(unmiss.get(0).getViews()).isEqualTo(2);
        assertThat(statistics.mostRead(unmissReader, 1)).hasSize(1);
    }

    @Test
    void mostReadLooksAtTheLastThreeMonths() {
        counts.rows.add(new MonthlyReading(3, "HQ", YearMonth.of(2026, 9), 100, 0));
        counts.rows.add(new MonthlyReading(1, "HQ", YearMonth.of(2026, 10), 1, 0));
        assertThat(statistics.mostRead(unmissReader, 5)).extracting(MostReadDocument::getDocumentId).containsExactly(1L);
    }

    /** The counters as the SQL keeps them (ReadingCountSqlTest checks the SQL itself on H2). */
    static final class InMemoryCounts implements ReadingCounts {
        final List<MonthlyReading> rows = new ArrayList<>();

        @Override
        public void add(long documentId, String missionCode, YearMonth month, ReadingKind kind) {
            MonthlyReading old = rows.stream().filter(r -> r.documentId() == documentId
                    && r.missionCode().equals(missionCode) && r.month().equals(month)).findFirst()
                    .orElse(new MonthlyReading(documentId, missionCode, month, 0, 0));
            rows.remove(old);
            rows.add(new MonthlyReading(documentId, missionCode, month, old.views() + (kind == ReadingKind.VIEW ? 1 : 0),
                    old.downloads() + (kind == ReadingKind.DOWNLOAD ? 1 : 0)));
        }

        @Override
        public List<MonthlyReading> forDocument(long documentId, YearMonth since) {
            return rows.stream().filter(r -> r.documentId() == documentId && !r.month().isBefore(since)).toList();
        }

        @Override
        public List<ReadingTotal> mostRead(YearMonth since, int first, int max) {
            Map<Long, long[]> sums = new HashMap<>();
            rows.stream().filter(r -> !r.month().isBefore(since)).forEach(r -> {
                long[] s = sums.computeIfAbsent(r.documentId(), k -> new long[2]);
                s[0] += r.views();
                s[1] += r.downloads();
            });
            return sums.entrySet().stream().map(e -> new ReadingTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .sorted(Comparator.comparingLong(ReadingTotal::reads).reversed()
                            .thenComparingLong(ReadingTotal::documentId))
                    .skip(first).limit(max).toList();
        }
    }

    /** Only {@code find} is used by the statistics. */
    record LibraryOf(Map<Long, GuidanceDocument> documents) implements GuidanceDocumentRepository {
        @Override
        public List<String> languageCodes() {
            return List.of();
        }

        @Override
        public List<String> missionCodes() {
            return List.of();
        }

        @Override
        public List<org.peaceops.intranet.documents.domain.guidance.DocumentVersion> findVersionsInStatus(
                java.util.Collection<org.peaceops.intranet.documents.domain.LifecycleStatus> statuses, int max) {
            return List.of();
        }

        @Override
        public List<org.peaceops.intranet.documents.domain.guidance.DocumentVersion> findVersionsByAuthor(
                String authorSubject, int max) {
            return List.of();
        }

        @Override
        public Optional<GuidanceDocument> find(long id) {
            return Optional.ofNullable(documents.get(id));
        }

        @Override
        public boolean referenceTaken(DocumentType type, ReferenceNumber referenceNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(GuidanceDocument document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(GuidanceDocument d) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<GuidanceDocument> findDueForReview(LocalDate today) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.peaceops.intranet.documents.domain.guidance.DocumentVersion> findCurrentVersions(
                org.peaceops.intranet.documents.domain.guidance.LibraryFilter filter,
                org.peaceops.intranet.documents.domain.guidance.Readership reader, int first, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countCurrentVersions(org.peaceops.intranet.documents.domain.guidance.LibraryFilter filter,
                org.peaceops.intranet.documents.domain.guidance.Readership reader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.peaceops.intranet.documents.domain.guidance.DocumentVersion> findVersionsWithContent(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> referencedContentHashes() {
            throw new UnsupportedOperationException();
        }
    }
}
