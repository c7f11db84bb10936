package org.peaceops.intranet.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.diff.TextComparison;
import org.peaceops.intranet.documents.application.diff.VersionComparison;
import org.peaceops.intranet.documents.application.reading.ExtractedTextView;
import org.peaceops.intranet.documents.application.reading.ReadingStatistics;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.MissionCode;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;
import org.peaceops.intranet.documents.domain.guidance.ReviewPolicy;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.documents.domain.reading.DownloadReceipts;
import org.peaceops.intranet.documents.domain.reading.ReadingCounts;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * Reading one version, through the real services and the real access policy: the attack of the security
 * review. A contributor of UNMISS revises public guidance and puts a secret line in draft version 2; a
 * reader of MINUSCA must not see that draft through the document, the versions list, the diff, the text
 * view or the download, while its author does. And a download is recorded once per person, version and
 * content, however often and in whatever pieces its bytes are fetched.
 */
class VersionReadAccessTest {

    private static final Instant T = Instant.parse("2026-06-01T09:00:00Z");
    private static final String PUBLISHED_SHA = "a".repeat(64);
    private static final String SECRET_SHA = "b".repeat(64);
    private static final String SECRET_LINE = "The convoy leaves Juba at 04:00 by the river road.";

    private final Map<Long, GuidanceDocument> library = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final Set<String> receipts = new HashSet<>();
    private final List<String> downloadsCounted = new ArrayList<>();
    private final GuidanceAccessPolicy policy = new PolicyBackedGuidanceAccess();

    private final GuidanceQueries queries = new GuidanceQueries();
    private final GuidanceDownloads downloads = new GuidanceDownloads();
    private final VersionComparison comparison = new VersionComparison();
    private final ExtractedTextView textView = new ExtractedTextView();

    private final Caller contributor = person("contributor", "UNMISS", Role.CONTRIBUTOR);
    private final Caller reader2 = person("reader2", "MINUSCA");
    private final Caller approver = person("approver", "HQ", Role.APPROVER);
    private final Caller admin = person("admin", "HQ", Role.ADMIN);

    private GuidanceDocument document;

    private static Caller person(String subject, String mission, Role... roles) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER, roles), mission,
                PersonnelCategory.CIVILIAN);
    }

    @BeforeEach
    void wire() throws Exception {
        GuidanceDocumentRepository repository = (GuidanceDocumentRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {GuidanceDocumentRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.ofNullable(library.get((Long) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ExtractedTexts texts = sha -> Optional.<Reader>of(new StringReader(sha.equals(SECRET_SHA)
                ? "Handover notes\nRoutes are shared on arrival.\n" + SECRET_LINE + "\n"
                : "Handover notes\nRoutes are shared on arrival.\n"));
        queries.documents = repository;
        queries.policy = policy;
        downloads.documents = repository;
        downloads.policy = policy;
        downloads.audit = (AuditEntryRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuditEntryRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("record")) {
                        audit.add((AuditEntry) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        downloads.receipts = new DownloadReceipts() {
            @Override
            public boolean firstDownload(String subject, long documentId, int versionNumber, String sha, Instant at) {
                return receipts.add(subject + "|" + documentId + "|" + versionNumber + "|" + sha);
            }
        };
        ReadingStatistics readings = new ReadingStatistics();
        inject(readings, "policy", policy);
        inject(readings, "documents", repository);
        inject(readings, "counts", (ReadingCounts) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ReadingCounts.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add")) {
                        downloadsCounted.add(args[0] + "/" + args[1] + "/" + args[3]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        downloads.readings = readings;
        inject(comparison, "queries", queries);
        inject(comparison, "texts", texts);
        inject(textView, "downloads", downloads);
        inject(textView, "texts", texts);

        document = GuidanceDocument.draft(new DocumentType(2L, "SOP", "SOP", "PON", true, 20),
                new ReferenceNumber("2026.01"), new Cataloguing("DPO", MissionCode.HEADQUARTERS, Classification.PUBLIC,
                        Set.of(new ThematicArea(6L, "PLANNING", "Planning", "Planification", 60))),
                VersionMetadata.builder().titleEn("Handover notes").languages(List.of("en")).build(), "author", T);
        document.attach(1, new FileReference(PUBLISHED_SHA, 10, "text/plain", "handover.txt"), T);
        document.submit(1, "author", T, null);
        document.approve(1, "approver", T, null, ReviewPolicy.standard());
        document.promulgate(1, "approver", T, LocalDate.of(2026, 6, 2));
        document.revise(contributor.subject(), T.plusSeconds(60));
        document.describe(2, VersionMetadata.builder().titleEn("Handover notes (secret routes)").languages(List.of("en"))
                .keywords(List.of("convoy")).build(), T.plusSeconds(60));
        document.attach(2, new FileReference(SECRET_SHA, 20, "text/plain", "secret-routes.txt"), T.plusSeconds(60));
        Field id = GuidanceDocument.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(document, 1L);
        library.put(1L, document);
    }

    private static void inject(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static List<String> texts(TextComparison c) {
        return c.getRows().stream().flatMap(r -> java.util.stream.Stream.of(r.getLeftText(), r.getRightText()))
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void aReaderOfAnotherMissionCannotCompareWithTheDraftButItsAuthorCan() {
        assertThatThrownBy(() -> comparison.compare(reader2, 1, 1, 2)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> comparison.compare(reader2, 1, 2, 1)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> comparison.compare(approver, 1, 1, 2))
                .as("an approver, before the draft is submitted").isInstanceOf(GuidanceNotFoundException.class);

        assertThat(texts(comparison.compare(contributor, 1, 1, 2))).anyMatch(t -> t.contains(SECRET_LINE));
        assertThat(texts(comparison.compare(admin, 1, 1, 2))).anyMatch(t -> t.contains(SECRET_LINE));
    }

    @Test
    void theDraftsMetadataIsLeftOutOfTheDocumentForThoseWhoMayNotReadIt() {
        GuidanceDetail seen = queries.get(reader2, 1);
        assertThat(seen.getVersions()).extracting(VersionDetail::getNumber).containsExactly(1);
        assertThat(seen.getVersions()).extracting(VersionDetail::getFileName).doesNotContain("secret-routes.txt");
        assertThat(seen.getOpenVersionNumber()).isNull();
        assertThat(seen.previousVersion(2)).isEqualTo(1);

        GuidanceDetail authors = queries.get(contributor, 1);
        assertThat(authors.getVersions()).extracting(VersionDetail::getNumber).containsExactly(1, 2);
        assertThat(authors.getVersions().get(1).getFileName()).isEqualTo("secret-routes.txt");
        assertThat(authors.getOpenVersionNumber()).isEqualTo(2);

        document.submit(2, contributor.subject(), T.plusSeconds(120), null);
        assertThat(queries.get(approver, 1).getVersions()).extracting(VersionDetail::getNumber).containsExactly(1, 2);
        assertThat(queries.get(person("approver-minusca", "MINUSCA", Role.APPROVER), 1).getVersions())
                .as("an approver of another mission").extracting(VersionDetail::getNumber).containsExactly(1);
        assertThat(queries.get(reader2, 1).getVersions()).extracting(VersionDetail::getNumber).containsExactly(1);
    }

    @Test
    void theDraftsFileAndTextAreNotFoundForAReaderButAreForItsAuthor() throws Exception {
        assertThatThrownBy(() -> downloads.prepare(reader2, 1, 2)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> downloads.prepare(reader2, 1, 2, true)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> textView.excerpt(reader2, 1, 2)).isInstanceOf(GuidanceNotFoundException.class);
        assertThat(audit).isEmpty();

        assertThat(downloads.prepare(reader2, 1, 1).getFileName()).isEqualTo("handover.txt");
        assertThat(downloads.prepare(contributor, 1, 2).getFileName()).isEqualTo("secret-routes.txt");
        assertThat(textView.excerpt(contributor, 1, 2).orElseThrow().getText()).contains(SECRET_LINE);
    }

    @Test
    void aDownloadIsRecordedOncePerPersonVersionAndContentHoweverItsBytesAreFetched() {
        DownloadableFile file = downloads.prepare(reader2, 1, 1);
        assertThat(downloads.recordDownload(reader2, file)).isTrue();
        // a resumption, a suffix range, several ranges: the same file again
        assertThat(downloads.recordDownload(reader2, downloads.prepare(reader2, 1, 1))).isFalse();
        downloads.prepare(reader2, 1, 1, true);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).getTargetId()).isEqualTo("1/1");
        assertThat(downloadsCounted).containsExactly("1/MINUSCA/DOWNLOAD");

        downloads.prepare(contributor, 1, 1, true);
        downloads.prepare(contributor, 1, 2, true);
        assertThat(audit).hasSize(3);
        assertThat(downloadsCounted).hasSize(3);
    }
}
