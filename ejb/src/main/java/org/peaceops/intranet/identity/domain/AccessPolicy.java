package org.peaceops.intranet.identity.domain;

import static org.peaceops.intranet.identity.domain.AccessDecision.allow;
import static org.peaceops.intranet.identity.domain.AccessDecision.deny;

import java.util.EnumSet;
import java.util.Set;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.PublicationStage;
import org.peaceops.intranet.shared.Role;

/**
 * The one place that decides who may do what. Deny unless a rule allows. Pages, REST endpoints,
 * downloads, previews, search and exports all ask here, in demo and OIDC mode alike. Pure rules over
 * the shared kernel's values (caller, classification, publication stage): no container, so every case
 * is unit tested.
 */
public final class AccessPolicy {

    /** A question about a document version. */
    public AccessDecision decide(Caller user, Action action, ProtectedDocument document) {
        if (!withinClassificationScope(user, document)) {
            return deny("confidential to mission " + document.owningMission());
        }
        return switch (action) {
            case READ, DOWNLOAD -> read(user, document);
            case EDIT_DRAFT, SUBMIT_FOR_VALIDATION -> authorsOwnDraft(user, document);
            case APPROVE -> approve(user, document);
            case RETURN_TO_DRAFT -> stageIn(user, document, Role.APPROVER,
                    EnumSet.of(PublicationStage.SUBMITTED, PublicationStage.APPROVED));
            case PROMULGATE -> stageIn(user, document, Role.APPROVER, EnumSet.of(PublicationStage.APPROVED));
            case WITHDRAW -> stageIn(user, document, Role.APPROVER,
                    EnumSet.of(PublicationStage.IN_FORCE));
            case ARCHIVE -> user.hasRole(Role.ADMIN) ? allow("administrator") : deny("administrators only");
            default -> deny(action + " does not apply to a document");
        };
    }

    /**
     * May this person read one version of a document (its page entry, text, diff, previews, file, API
     * rows, search hits)? Two questions, both of which must be answered yes: may they read the document
     * at all (judged on its version in force, or else its newest: a withdrawn document closes its whole
     * history to readers), and may they read this version (judged on the version's own status and
     * author). So a draft inside a published document stays with those who prepare it: its author (who
     * stands for its editors), approvers once it is submitted, administrators; superseded versions stay
     * readable while the document is published.
     *
     * @param document the document as its version in force (or newest) describes it
     * @param version  the version asked about, with the document's classification and mission
     */
    public AccessDecision decideVersion(Caller user, Action action, ProtectedDocument document,
            ProtectedDocument version) {
        if (action != Action.READ && action != Action.DOWNLOAD) {
            return deny(action + " is decided on the version acted on, not per version read");
        }
        AccessDecision whole = decide(user, action, document);
        return whole.allowed() ? decide(user, action, version) : whole;
    }

    /** A question without a document: creating drafts, managing training in a mission, administering. */
    public AccessDecision decide(Caller user, Action action, String missionScope) {
        return switch (action) {
            case CREATE_DRAFT -> user.hasRole(Role.CONTRIBUTOR) || user.hasRole(Role.ADMIN)
                    ? allow("contributor") : deny("contributors draft documents");
            case MANAGE_TRAINING -> manageTraining(user, missionScope);
            case REVIEW_REPORTS -> reviewReports(user, missionScope);
            case ADMINISTER -> user.hasRole(Role.ADMIN) ? allow("administrator") : deny("administrators only");
            default -> deny(action + " needs a document");
        };
    }

    /** Confidential documents belong to their mission; headquarters staff see across missions. */
    private static boolean withinClassificationScope(Caller user, ProtectedDocument document) {
        return document.classification() != Classification.CONFIDENTIAL
                || user.atHeadquarters()
                || user.mission().equals(document.owningMission())
                || document.isAuthoredBy(user);
    }

    /**
     * Published guidance (in force, or superseded history) is readable by every reader in scope. Work in
     * progress, and guidance no longer in force (withdrawn, archived): readable by its author (who stands
     * for its editors), by administrators, and from submission on by the approvers who could act on it,
     * those of the owning mission or of headquarters. A draft is its author's until submitted.
     */
    private static AccessDecision read(Caller user, ProtectedDocument document) {
        if (document.stage().published()) {
            return allow("published");
        }
        if (document.isAuthoredBy(user)) {
            return allow("author");
        }
        if (user.hasRole(Role.ADMIN)) {
            return allow("administrator");
        }
        if (user.hasRole(Role.APPROVER) && document.stage() != PublicationStage.DRAFT
                && (user.atHeadquarters() || user.mission().equals(document.owningMission()))) {
            return allow("approver of the owning mission or headquarters");
        }
        return deny(document.stage().inPreparation() ? "not yet published" : "no longer published");
    }

    private static AccessDecision authorsOwnDraft(Caller user, ProtectedDocument document) {
        if (document.stage() != PublicationStage.DRAFT) {
            return deny("only drafts change");
        }
        return document.isAuthoredBy(user) || user.hasRole(Role.ADMIN) ? allow("author") : deny("not the author");
    }

    /** Four eyes: whoever wrote a draft never approves it, whatever their roles. */
    private static AccessDecision approve(Caller user, ProtectedDocument document) {
        if (document.isAuthoredBy(user)) {
            return deny("an approver never approves their own draft");
        }
        return stageIn(user, document, Role.APPROVER, EnumSet.of(PublicationStage.SUBMITTED));
    }

    private static AccessDecision stageIn(Caller user, ProtectedDocument document, Role role,
            Set<PublicationStage> stages) {
        if (!user.hasRole(role) && !user.hasRole(Role.ADMIN)) {
            return deny(role.roleName() + " role needed");
        }
        return stages.contains(document.stage()) ? allow(role.roleName())
                : deny("not possible while " + document.stage());
    }

    // ---- write rules: in which mission a person may change guidance (on top of the role rules above) ----

    /**
     * Whether a person may draft in, or file a document under, {@code mission}: their own mission's, or
     * headquarters guidance (lessons from the field become doctrine); headquarters staff file anywhere.
     */
    public AccessDecision fileIn(Caller user, String mission) {
        return user.atHeadquarters() || user.mission().equals(mission) || Caller.HEADQUARTERS.equals(mission)
                ? allow("filing in scope")
                : deny("only " + mission + " staff or headquarters file guidance under mission " + mission);
    }

    /**
     * Whether a person may validate, put in force or withdraw guidance of {@code mission}: approvers of
     * that mission, and headquarters approvers for every mission. Headquarters guidance is approved at
     * headquarters only.
     */
    public AccessDecision validateIn(Caller user, String mission) {
        return user.atHeadquarters() || user.mission().equals(mission)
                ? allow("validation in scope")
                : deny("guidance of mission " + mission + " is validated by its own approvers or headquarters, not by "
                        + user.mission());
    }

    /**
     * The mission scope of a step on a document, for the steps {@link #decide(Caller, Action,
     * ProtectedDocument)} judges by role and status only.
     */
    public AccessDecision writeScope(Caller user, Action action, ProtectedDocument document) {
        return switch (action) {
            case EDIT_DRAFT, SUBMIT_FOR_VALIDATION, CREATE_DRAFT -> fileIn(user, document.owningMission());
            case APPROVE, RETURN_TO_DRAFT, PROMULGATE, WITHDRAW, ARCHIVE -> validateIn(user, document.owningMission());
            default -> allow("not a write");
        };
    }

    /**
     * Four eyes over everyone who changed the version: an administrator may edit anyone's draft, so
     * comparing with the author alone is not enough.
     */
    public AccessDecision approveAsOutsider(Caller user, java.util.Collection<String> editors) {
        return editors.contains(user.subject()) ? deny("whoever changed a draft never approves it")
                : allow("did not change the draft");
    }

    /**
     * Discarding a draft (which frees the document for another revision): its author, or an approver or
     * administrator of the owning mission or headquarters, so nobody can hold a document's next
     * version hostage by opening a draft and leaving it.
     */
    public AccessDecision discardDraft(Caller user, ProtectedDocument document) {
        if (!withinClassificationScope(user, document)) {
            return deny("confidential to mission " + document.owningMission());
        }
        if (document.stage() != PublicationStage.DRAFT) {
            return deny("only drafts are discarded");
        }
        if (document.isAuthoredBy(user)) {
            return allow("author");
        }
        if (!user.hasRole(Role.APPROVER) && !user.hasRole(Role.ADMIN)) {
            return deny("the author, an approver or an administrator discards a draft");
        }
        return validateIn(user, document.owningMission());
    }

    /**
     * A mission's Toolbox reports are reviewed by its own Best Practices Officers, and by nobody else:
     * not headquarters, not administrators. The lessons are the mission's to judge and classify, and the
     * report itself refuses another mission's officer too.
     */
    private static AccessDecision reviewReports(Caller user, String missionScope) {
        if (!user.hasRole(Role.BPO)) {
            return deny("best practices officers review reports");
        }
        return user.mission().equals(missionScope)
                ? allow("best practices officer of the mission") : deny("outside the officer's mission");
    }

    /** Trainers manage training in their own mission; headquarters trainers in every mission. */
    private static AccessDecision manageTraining(Caller user, String missionScope) {
        if (user.hasRole(Role.ADMIN)) {
            return allow("administrator");
        }
        if (!user.hasRole(Role.TRAINER)) {
            return deny("trainers manage training");
        }
        return user.atHeadquarters() || user.mission().equals(missionScope)
                ? allow("trainer in scope") : deny("outside the trainer's mission");
    }
}
