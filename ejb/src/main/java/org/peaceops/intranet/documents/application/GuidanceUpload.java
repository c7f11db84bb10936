package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.peaceops.intranet.documents.application.blobs.BlobTooLargeException;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.application.ingest.ExtractionRecorder;
import org.peaceops.intranet.documents.application.ingest.ExtractionWorkers;
import org.peaceops.intranet.documents.application.ingest.FileAdmission;
import org.peaceops.intranet.documents.application.ingest.UploadRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejection;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.Caller;

/**
 * Taking in a file: streamed to the blob store, checked for what it really is before it is kept
 * ({@link FileAdmission}), attached to a draft, and queued for text extraction. Runs outside any
 * transaction on purpose: streaming hundreds of megabytes must not hold a database transaction open,
 * and the row may only be written once the blob is durable (ARCHITECTURE.md, Data). If the row then
 * fails, the blob is an orphan the sweep removes. A refused file is recorded in the audit trail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(DomainRulesAsApplicationExceptions.class)
public class GuidanceUpload {

    @Inject
    ContentStore blobs;

    @Inject
    FileAdmission admission;

    @Inject
    DraftGuidance drafts;

    @Inject
    GuidanceQueries queries;

    @Inject
    GuidanceAccessPolicy policy;

    @Inject
    ExtractionRecorder extractions;

    @Inject
    ExtractionWorkers workers;

    /**
     * Attaches a file to an existing draft version.
     *
     * @param declaredMediaType what the browser said; only used if detection gave nothing better
     * @throws UploadRejectedException if the content is not accepted or past the size limit (nothing is kept)
     */
    public UploadOutcome attach(Caller actor, long documentId, int versionNumber, InputStream content, String fileName,
            String declaredMediaType) throws IOException {
        drafts.checkCanAttach(actor, documentId, versionNumber);
        StagedFile staged = stage(actor, content, fileName);
        drafts.attachFile(actor, documentId, versionNumber,
                new FileReference(staged.getSha256(), staged.getSize(), staged.getMediaType(), staged.getFileName()));
        extract(staged);
        return new UploadOutcome(staged.getSha256(), staged.getSize(), staged.getMediaType(), staged.getFileName(),
                staged.getSameContentElsewhere().stream().filter(s -> s.getDocumentId() != documentId).toList());
    }

    /**
     * Keeps a file for a draft still to be described (the upload page takes files first, their
     * catalogue entries after). The blob has no row yet: if no draft ever claims it, the sweep removes it.
     */
    public StagedFile stage(Caller actor, InputStream content, String fileName) throws IOException {
        policy.check(actor, GuidanceAction.CREATE, null);
        String safeName = FileReference.safeName(fileName);
        String[] detected = new String[1];
        StoredBlob blob;
        try {
            blob = blobs.store(content, (file, size) -> detected[0] = admission.admit(file, size, safeName));
        } catch (UploadRejectedException rejected) {
            extractions.rejected(actor, safeName, rejected);
            throw rejected.<UploadRejectedException>about(safeName);
        } catch (BlobTooLargeException tooLarge) {
            throw new UploadRejectedException(UploadRejection.TOO_LARGE, tooLarge.getMessage(), tooLarge.maxBytes() / (1024 * 1024))
                    .<UploadRejectedException>about(safeName);
        }
        List<GuidanceSummary> elsewhere = blob.alreadyPresent() ? queries.withContent(actor, blob.sha256()) : List.of();
        return new StagedFile(blob.sha256(), blob.size(), detected[0], safeName, elsewhere);
    }

    /** Starts a document whose version 1 is a draft with this staged file; returns the document's id. */
    public long startDraft(Caller actor, StagedFile file, String typeCode, String referenceNumber, CatalogueEntry catalogue,
            VersionMetadata metadata) {
        long id = drafts.startDraft(actor, typeCode, referenceNumber, catalogue, metadata,
                new FileReference(file.getSha256(), file.getSize(), file.getMediaType(), file.getFileName()));
        extract(file);
        return id;
    }

    private void extract(StagedFile file) {
        if (extractions.request(file.getSha256(), file.getMediaType())) {
            workers.submit(file.getSha256());
        }
    }
}
