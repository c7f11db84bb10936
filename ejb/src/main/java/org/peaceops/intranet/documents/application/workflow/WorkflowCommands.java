package org.peaceops.intranet.documents.application.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceLifecycleService;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.guidance.LifecycleStep;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * The one entry point for a lifecycle step, whoever asks (the document page's buttons, the API): picks
 * the version, hands the step to the service that owns it, and says what happened. Which steps must give
 * a reason is the domain's to say ({@link LifecycleStep}).
 */
@Stateless
public class WorkflowCommands {

    @Inject
    GuidanceLifecycleService lifecycle;

    @Inject
    DraftGuidance drafts;

    @Inject
    WorkflowSteps steps;

    @Inject
    GuidanceDocumentRepository documents;

    public StepOutcome take(Caller actor, StepCommand command) {
        LifecycleStep step = stepOf(command.action());
        long id = command.documentId();
        int version = command.versionNumber() != null ? command.versionNumber() : versionFor(actor, id, command.action());
        String comment = command.comment();
        switch (step) {
            case SUBMIT -> lifecycle.submit(actor, id, version, comment);
            case APPROVE -> lifecycle.approve(actor, id, version, comment);
            case RETURN_TO_DRAFT -> lifecycle.returnToDraft(actor, id, version, comment);
            case PROMULGATE -> lifecycle.promulgate(actor, id, version, command.effectiveDate());
            case WITHDRAW -> lifecycle.withdraw(actor, id, version, comment);
            case ARCHIVE -> lifecycle.archive(actor, id, version, comment);
            case DISCARD_DRAFT -> {
                return new StepOutcome(command.action(), version, null, drafts.discardDraft(actor, id, version, comment));
            }
            case REVISE -> {
                return new StepOutcome(command.action(), version, drafts.revise(actor, id), false);
            }
        }
        return new StepOutcome(command.action(), version, null, false);
    }

    /** Whether the step must say why (a dialog asks for the reason before sending it). */
    public boolean reasonRequired(GuidanceAction action) {
        return action != null && isStep(action) && LifecycleStep.valueOf(action.name()).reasonRequired();
    }

    public static boolean isStep(GuidanceAction action) {
        for (LifecycleStep step : LifecycleStep.values()) {
            if (step.name().equals(action.name())) {
                return true;
            }
        }
        return false;
    }

    private static LifecycleStep stepOf(GuidanceAction action) {
        if (action == null || !isStep(action)) {
            throw new RuleBroken("api.transition.invalid", action + " is not a lifecycle step.").onField("action");
        }
        return LifecycleStep.valueOf(action.name());
    }

    /** The version the step is offered on; else the open version, else the current one. */
    private int versionFor(Caller actor, long id, GuidanceAction action) {
        AvailableSteps offered = steps.available(actor, id);
        if (offered.allows(action)) {
            return offered.versionFor(action);
        }
        GuidanceDocument document = documents.find(id).orElseThrow(() -> new GuidanceNotFoundException(id));
        return document.openVersion().orElse(document.currentVersion()).getNumber();
    }
}
