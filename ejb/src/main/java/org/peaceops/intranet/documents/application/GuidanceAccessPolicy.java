package org.peaceops.intranet.documents.application;

import org.peaceops.intranet.documents.domain.guidance.DocumentVersion;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocument;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * The access policy as the documents services ask it (role + mission + classification, deny by default;
 * ARCHITECTURE.md, Security), implemented over the identity context's {@code AccessPolicy}. Every guidance
 * service calls {@link #check} before it acts; the lifecycle's own rules (four-eyes, comments,
 * immutability) stay in the domain and apply whatever the policy says.
 *
 * <p>Listing is not covered by {@code check}: the library and search are trimmed inside their queries,
 * never after.
 */
public interface GuidanceAccessPolicy {

    /**
     * @param document the document acted on; {@code null} for {@link GuidanceAction#CREATE} and
     *                 {@link GuidanceAction#BROWSE}
     * @throws AccessDenied when the actor may not do this
     */
    void check(Caller actor, GuidanceAction action, GuidanceDocument document);

    /**
     * Reading one version (its metadata and history, text, diff, previews, file): the document must be
     * readable and so must that version. {@link #check} with {@link GuidanceAction#READ} answers for the
     * version in force only; every read of a particular version asks here.
     *
     * @throws AccessDenied when the actor may not read this version
     */
    void checkVersion(Caller actor, GuidanceDocument document, DocumentVersion version);

    /** {@link #checkVersion} as a yes or no, to leave out what the actor may not read. */
    default boolean mayReadVersion(Caller actor, GuidanceDocument document, DocumentVersion version) {
        try {
            checkVersion(actor, document, version);
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }

    /**
     * Whether the actor may file a document under this mission (a new document, or a re-filing).
     *
     * @throws AccessDenied when the mission is outside the actor's scope
     */
    void checkFiling(Caller actor, String missionCode);
}
