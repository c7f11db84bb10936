package org.peaceops.intranet.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.application.WriteServices.ADMIN;
import static org.peaceops.intranet.documents.application.WriteServices.APPROVER_HQ;
import static org.peaceops.intranet.documents.application.WriteServices.CONTRIBUTOR;

import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.guidance.FourEyesViolationException;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/** Nobody who changed a version approves it: an administrator who edited a contributor's draft included. */
class FourEyesOverEveryEditorTest {

    private final WriteServices services = new WriteServices();

    @Test
    void anAdministratorWhoEditedSomeoneElsesDraftCannotApproveIt() {
        long id = services.draft(CONTRIBUTOR, "HQ", Classification.INTERNAL);
        services.drafts.describe(ADMIN, id, 1, VersionMetadata.builder().titleEn("Patrol procedure, as I want it").build());
        services.lifecycle.submit(CONTRIBUTOR, id, 1, null);

        assertThat(services.document(id).version(1).getEditors()).containsExactly("s-contributor", "s-admin");
        assertThatThrownBy(() -> services.lifecycle.approve(ADMIN, id, 1, "Fine"))
                .isInstanceOf(FourEyesViolationException.class).hasMessageContaining("You changed the version 1");
        assertThatThrownBy(() -> services.policy.check(ADMIN, GuidanceAction.APPROVE, services.document(id)))
                .as("so no Approve button either").isInstanceOf(AccessDenied.class);
        assertThatCode(() -> services.lifecycle.approve(APPROVER_HQ, id, 1, "Fine")).doesNotThrowAnyException();
    }

    @Test
    void anAdministratorWhoReplacedTheFileCannotApproveIt() {
        long id = services.draft(CONTRIBUTOR, "HQ", Classification.INTERNAL);
        services.drafts.attachFile(ADMIN, id, 1, WriteServices.file('c'));
        services.lifecycle.submit(CONTRIBUTOR, id, 1, null);

        assertThatThrownBy(() -> services.policy.check(ADMIN, GuidanceAction.APPROVE, services.document(id)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("whoever changed a draft");
    }
}
