package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.identity.domain.AccessPolicy;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.ProtectedDocument;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * The Lucene access filter and the access policy answer alike for every kind of person (mission reader,
 * headquarters reader, approvers, administrators, an author) and every document (classification ×
 * owning mission × status × author). The person's {@code Readership} comes from
 * {@code GuidanceQueries.readership}, the same one the library listing's JPQL ({@code LibraryQuery})
 * applies, so all three read the same rules.
 */
class AccessFilterAgreementTest {

    private static final List<String> MISSIONS = List.of("UNMISS", "MINUSCA", "HQ");
    private static final String AUTHOR = "author-1";

    private static Caller person(String subject, String mission, Role... roles) {
        return new Caller(subject, subject, subject, EnumSet.of(Role.READER, roles), mission, PersonnelCategory.CIVILIAN);
    }

    private static final List<Caller> PEOPLE = List.of(
            person("r-unmiss", "UNMISS"), person("r-hq", "HQ"),
            person("ap-unmiss", "UNMISS", Role.APPROVER), person("ap-hq", "HQ", Role.APPROVER),
            person("ap-minusca", "MINUSCA", Role.APPROVER),
            person("ad-unmiss", "UNMISS", Role.ADMIN), person("ad-hq", "HQ", Role.ADMIN),
            person(AUTHOR, "UNMISS", Role.CONTRIBUTOR), person("c-minusca", "MINUSCA", Role.CONTRIBUTOR));

    private record Case(int docId, Classification classification, String mission, LifecycleStatus status, String author) {
    }

    @Test
    void luceneFilterAndAccessPolicyAgreeOnEveryCase() throws IOException {
        List<Case> cases = new ArrayList<>();
        int id = 0;
        for (Classification c : Classification.values()) {
            for (String mission : MISSIONS) {
                for (LifecycleStatus status : LifecycleStatus.values()) {
                    for (String author : List.of(AUTHOR, "someone-else")) {
                        cases.add(new Case(id++, c, mission, status, author));
                    }
                }
            }
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            VersionDocuments documents = new VersionDocuments(VersionDocuments.facetsConfig());
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.perField()))) {
                for (Case c : cases) {
                    IndexedVersion v = IndexedVersion.builder().document(c.docId(), 1, true)
                            .access(c.classification().name(), c.mission(), c.status().name(), c.author())
                            .catalogue("SOP", "R" + c.docId(), Set.of("PLANNING")).titles("t", null)
                            .dates(null, LocalDate.of(2020, 1, 1)).build();
                    writer.addDocument(documents.build(v).document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                AccessPolicy policy = new AccessPolicy();
                int allowedSomewhere = 0;
                for (Caller user : PEOPLE) {
                    Set<Long> visible = new HashSet<>();
                    for (ScoreDoc hit : searcher.search(AccessFilter.of(GuidanceQueries.readership(user)),
                            cases.size()).scoreDocs) {
                        visible.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(IndexFields.DOCUMENT_ID)));
                    }
                    for (Case c : cases) {
                        boolean allowed = policy.decide(user, Action.READ,
                                new ProtectedDocument(c.classification(), c.mission(), c.status().stage(), c.author())).allowed();
                        assertThat(visible.contains((long) c.docId())).as("%s reading %s", user.subject(), c)
                                .isEqualTo(allowed);
                        allowedSomewhere += allowed ? 1 : 0;
                    }
                }
                assertThat(allowedSomewhere).as("the matrix has both answers").isBetween(1, cases.size() * PEOPLE.size() - 1);
            }
        }
    }

    private record VersionCase(int docId, Classification classification, String mission, LifecycleStatus status,
            String author, LifecycleStatus documentStatus, String documentAuthor) {
    }

    /**
     * Versions that are not their document's current one (a superseded version of withdrawn guidance, a
     * draft inside published guidance): the filter judges the document and the version, like
     * {@link AccessPolicy#decideVersion}.
     */
    @Test
    void luceneFilterAndTheVersionRuleAgreeForVersionsBesideTheCurrentOne() throws IOException {
        List<VersionCase> cases = new ArrayList<>();
        int id = 0;
        for (Classification c : Classification.values()) {
            for (String mission : MISSIONS) {
                for (LifecycleStatus status : LifecycleStatus.values()) {
                    for (String author : List.of(AUTHOR, "someone-else")) {
                        for (LifecycleStatus current : List.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW,
                                LifecycleStatus.WITHDRAWN, LifecycleStatus.ARCHIVED, LifecycleStatus.SUBMITTED)) {
                            for (String currentAuthor : List.of(AUTHOR, "a-third")) {
                                cases.add(new VersionCase(id++, c, mission, status, author, current, currentAuthor));
                            }
                        }
                    }
                }
            }
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            VersionDocuments documents = new VersionDocuments(VersionDocuments.facetsConfig());
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.perField()))) {
                for (VersionCase c : cases) {
                    IndexedVersion v = IndexedVersion.builder().document(c.docId(), 1, false)
                            .access(c.classification().name(), c.mission(), c.status().name(), c.author())
                            .documentAccess(c.documentStatus().name(), c.documentAuthor())
                            .catalogue("SOP", "R" + c.docId(), Set.of("PLANNING")).titles("t", null)
                            .dates(null, LocalDate.of(2020, 1, 1)).build();
                    writer.addDocument(documents.build(v).document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                AccessPolicy policy = new AccessPolicy();
                int allowed = 0;
                for (Caller user : PEOPLE) {
                    Set<Long> visible = new HashSet<>();
                    for (ScoreDoc hit : searcher.search(AccessFilter.of(GuidanceQueries.readership(user)),
                            cases.size()).scoreDocs) {
                        visible.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(IndexFields.DOCUMENT_ID)));
                    }
                    for (VersionCase c : cases) {
                        boolean may = policy.decideVersion(user, Action.READ,
                                new ProtectedDocument(c.classification(), c.mission(), c.documentStatus().stage(), c.documentAuthor()),
                                new ProtectedDocument(c.classification(), c.mission(), c.status().stage(), c.author())).allowed();
                        assertThat(visible.contains((long) c.docId())).as("%s reading %s", user.subject(), c)
                                .isEqualTo(may);
                        allowed += may ? 1 : 0;
                    }
                }
                assertThat(allowed).as("the matrix has both answers").isBetween(1, cases.size() * PEOPLE.size() - 1);
            }
        }
    }

    @Test
    void aSupersededVersionOfWithdrawnGuidanceIsNotFoundByAReader() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            VersionDocuments documents = new VersionDocuments(VersionDocuments.facetsConfig());
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalysis.perField()))) {
                writer.addDocument(documents.build(IndexedVersion.builder().document(7, 1, false)
                        .access("PUBLIC", "HQ", "SUPERSEDED", "someone-else").documentAccess("WITHDRAWN", "someone-else")
                        .catalogue("SOP", "R7", Set.of("PLANNING")).titles("t", null)
                        .dates(null, LocalDate.of(2020, 1, 1)).build()).document);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(AccessFilter.of(GuidanceQueries.readership(PEOPLE.get(0))))).isZero();
                assertThat(searcher.count(AccessFilter.of(GuidanceQueries.readership(PEOPLE.get(3))))).isOne();
            }
        }
    }
}
