package org.peaceops.intranet.documents.application.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.peaceops.intranet.documents.application.GuidanceAccessPolicy;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/** Which lifecycle steps the actor may take on a document now (the buttons of the document page and API). */
@Stateless
public class WorkflowSteps {

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    GuidanceAccessPolicy policy;

    public AvailableSteps available(Caller actor, long documentId) {
        GuidanceDocument document = documents.find(documentId).orElseThrow(() -> new GuidanceNotFoundException(documentId));
        if (!permitted(actor, GuidanceAction.READ, document)) {
            throw new GuidanceNotFoundException(documentId);
        }
        Map<GuidanceAction, Integer> steps = new EnumMap<>(GuidanceAction.class);
        document.openVersion().ifPresent(open -> {
            offer(steps, actor, document, open, GuidanceAction.EDIT_DRAFT, open.getStatus() == LifecycleStatus.DRAFT);
            offer(steps, actor, document, open, GuidanceAction.SUBMIT, open.getStatus().canMoveTo(LifecycleStatus.SUBMITTED));
            offer(steps, actor, document, open, GuidanceAction.APPROVE, open.getStatus().canMoveTo(LifecycleStatus.APPROVED));
            offer(steps, actor, document, open, GuidanceAction.PROMULGATE,
                    open.getStatus().canMoveTo(LifecycleStatus.PROMULGATED));
            offer(steps, actor, document, open, GuidanceAction.RETURN_TO_DRAFT,
                    open.getStatus() != LifecycleStatus.DRAFT && open.getStatus().canMoveTo(LifecycleStatus.DRAFT));
            offer(steps, actor, document, open, GuidanceAction.DISCARD_DRAFT, open.getStatus() == LifecycleStatus.DRAFT);
        });
        document.inForceVersion().ifPresent(inForce -> {
            offer(steps, actor, document, inForce, GuidanceAction.WITHDRAW, true);
            offer(steps, actor, document, inForce, GuidanceAction.REVISE, document.openVersion().isEmpty());
        });
        DocumentVersion current = document.currentVersion();
        offer(steps, actor, document, current, GuidanceAction.ARCHIVE, current.getStatus().canMoveTo(LifecycleStatus.ARCHIVED));
        return new AvailableSteps(steps);
    }

    private void offer(Map<GuidanceAction, Integer> steps, Caller actor, GuidanceDocument document, DocumentVersion version,
            GuidanceAction action, boolean possible) {
        if (possible && permitted(actor, action, document)) {
            steps.put(action, version.getNumber());
        }
    }

    private boolean permitted(Caller actor, GuidanceAction action, GuidanceDocument document) {
        try {
            policy.check(actor, action, document);
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }
}
