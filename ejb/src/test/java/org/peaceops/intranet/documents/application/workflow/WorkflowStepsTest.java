package org.peaceops.intranet.documents.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.PolicyBackedGuidanceAccess;
import org.peaceops.intranet.documents.domain.DocumentType;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.Cataloguing;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.MissionCode;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.documents.domain.guidance.ReferenceNumber;
import org.peaceops.intranet.documents.domain.guidance.ReviewPolicy;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * The document page offers exactly the steps the rules allow: the author edits and submits, another
 * approver approves or returns, nobody approves their own draft, readers get no buttons at all.
 */
class WorkflowStepsTest {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    private static final Caller AUTHOR = actor("author", Role.CONTRIBUTOR);
    private static final Caller APPROVER = actor("approver", Role.APPROVER);
    private static final Caller READER = actor("reader", Role.READER);
    private static final Caller ADMIN = actor("admin", Role.ADMIN);

    private static Caller actor(String name, Role role) {
        return new Caller("s-" + name, name, name, EnumSet.of(Role.READER, role), "HQ", PersonnelCategory.CIVILIAN);
    }

    private static GuidanceDocument draftBy(Caller author) {
        GuidanceDocument d = GuidanceDocument.draft(new DocumentType(2L, "SOP", "SOP", "POP", true, 20),
                new ReferenceNumber("2026.01"), new Cataloguing("DPO", MissionCode.HEADQUARTERS, Classification.INTERNAL,
                        Set.of(new ThematicArea(2L, "GENDER", "Gender", "Genre", 20))),
                VersionMetadata.builder().titleEn("Handover").build(), author.subject(), T0);
        d.attach(1, new FileReference("a".repeat(64), 10, "application/pdf", "h.pdf"), T0);
        return d;
    }

    private static GuidanceDocument in(LifecycleStatus status, Caller author) {
        GuidanceDocument d = draftBy(author);
        if (status == LifecycleStatus.DRAFT) {
            return d;
        }
        d.submit(1, author.subject(), T0, null);
        if (status == LifecycleStatus.SUBMITTED) {
            return d;
        }
        d.approve(1, APPROVER.subject(), T0, null, ReviewPolicy.standard());
        if (status == LifecycleStatus.APPROVED) {
            return d;
        }
        d.promulgate(1, APPROVER.subject(), T0, LocalDate.of(2026, 3, 10));
        if (status == LifecycleStatus.WITHDRAWN) {
            d.withdraw(1, APPROVER.subject(), T0, "Obsolete");
        }
        return d;
    }

    private static Set<GuidanceAction> steps(GuidanceDocument document, Caller actor) {
        WorkflowSteps service = new WorkflowSteps();
        service.documents = new OneDocument(document);
        service.policy = new PolicyBackedGuidanceAccess();
        return service.available(actor, 1).asMap().keySet();
    }

    @Test
    void theAuthorEditsAndSubmitsTheirDraftAndNobodyElseSeesIt() {
        GuidanceDocument draft = in(LifecycleStatus.DRAFT, AUTHOR);
        assertThat(steps(draft, AUTHOR)).containsExactlyInAnyOrder(GuidanceAction.EDIT_DRAFT, GuidanceAction.SUBMIT,
                GuidanceAction.DISCARD_DRAFT);
        assertThatThrownBy(() -> steps(draft, READER)).isInstanceOf(GuidanceNotFoundException.class);
        assertThatThrownBy(() -> steps(draft, APPROVER)).as("a draft is not yet the approvers'")
                .isInstanceOf(GuidanceNotFoundException.class);
    }

    @Test
    void anotherApproverApprovesOrReturnsASubmittedVersion() {
        GuidanceDocument submitted = in(LifecycleStatus.SUBMITTED, AUTHOR);
        assertThat(steps(submitted, APPROVER)).containsExactlyInAnyOrder(GuidanceAction.APPROVE, GuidanceAction.RETURN_TO_DRAFT);
        assertThat(steps(submitted, AUTHOR)).as("the author waits").isEmpty();
    }

    @Test
    void noButtonApprovesOnesOwnDraftEvenForAnAdministrator() {
        GuidanceDocument own = in(LifecycleStatus.SUBMITTED, ADMIN);
        assertThat(steps(own, ADMIN)).doesNotContain(GuidanceAction.APPROVE).contains(GuidanceAction.RETURN_TO_DRAFT);
    }

    @Test
    void anApprovedVersionIsPromulgatedOrReturned() {
        assertThat(steps(in(LifecycleStatus.APPROVED, AUTHOR), APPROVER))
                .containsExactlyInAnyOrder(GuidanceAction.PROMULGATE, GuidanceAction.RETURN_TO_DRAFT);
    }

    @Test
    void guidanceInForceIsWithdrawnByApproversRevisedByContributorsAndOnlyReadByReaders() {
        GuidanceDocument inForce = in(LifecycleStatus.PROMULGATED, AUTHOR);
        assertThat(steps(inForce, APPROVER)).containsExactly(GuidanceAction.WITHDRAW);
        assertThat(steps(inForce, AUTHOR)).containsExactly(GuidanceAction.REVISE);
        assertThat(steps(inForce, READER)).isEmpty();
    }

    @Test
    void aRevisionUnderWayHidesReviseAndOffersItsOwnSteps() {
        GuidanceDocument d = in(LifecycleStatus.PROMULGATED, AUTHOR);
        d.revise(AUTHOR.subject(), T0);
        assertThat(steps(d, AUTHOR)).containsExactlyInAnyOrder(GuidanceAction.EDIT_DRAFT, GuidanceAction.SUBMIT,
                GuidanceAction.DISCARD_DRAFT);
        assertThat(steps(d, APPROVER)).as("a headquarters approver may clear a revision left open")
                .containsExactlyInAnyOrder(GuidanceAction.WITHDRAW, GuidanceAction.DISCARD_DRAFT);
    }

    @Test
    void onlyAdministratorsArchiveWithdrawnGuidance() {
        GuidanceDocument withdrawn = in(LifecycleStatus.WITHDRAWN, AUTHOR);
        assertThat(steps(withdrawn, ADMIN)).containsExactly(GuidanceAction.ARCHIVE);
        assertThat(steps(withdrawn, AUTHOR)).isEmpty();
    }

    /** A repository holding one document under id 1; the workflow needs nothing else. */
    private record OneDocument(GuidanceDocument document) implements GuidanceDocumentRepository {
        @Override
        public Optional<GuidanceDocument> find(long id) {
            return id == 1 ? Optional.of(document) : Optional.empty();
        }

        @Override
        public boolean referenceTaken(DocumentType type, ReferenceNumber referenceNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(GuidanceDocument d) {
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
        public List<DocumentVersion> findCurrentVersions(LibraryFilter filter, Readership reader, int first, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countCurrentVersions(LibraryFilter filter, Readership reader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentVersion> findVersionsWithContent(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentVersion> findVersionsInStatus(Collection<LifecycleStatus> statuses, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentVersion> findVersionsByAuthor(String authorSubject, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> missionCodes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> languageCodes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> referencedContentHashes() {
            throw new UnsupportedOperationException();
        }
    }
}
