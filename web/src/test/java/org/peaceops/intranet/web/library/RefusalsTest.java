package org.peaceops.intranet.web.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.documents.domain.guidance.FourEyesViolationException;
import org.peaceops.intranet.identity.application.AccessDeniedException;

/** Which refusal a failure is, however the container wrapped it; anything else is not a refusal. */
class RefusalsTest {

    @Test
    void aBrokenRuleIsNamedByItsKey() {
        assertThat(Refusals.keyOf(new GuidanceRejectedException(new FourEyesViolationException("version 1 of SOP 1"))))
                .contains("guidance.fourEyes");
    }

    @Test
    void aDeniedPermissionIsRecognisedInsideTheContainersWrapping() {
        assertThat(Refusals.keyOf(new EJBException(new SecurityException("APPROVE denied")))).contains("workflow.denied");
        assertThat(Refusals.keyOf(new AccessDeniedException("ADMINISTER denied"))).contains("workflow.denied");
    }

    @Test
    void aMissingDocumentAndAConcurrentChangeHaveTheirOwnMessages() {
        assertThat(Refusals.keyOf(new GuidanceNotFoundException(42))).contains("document.missing.text");
        assertThat(Refusals.keyOf(new EJBException(new OptimisticLockException("row changed")))).contains("workflow.conflict");
    }

    @Test
    void anUnexpectedFailureIsNotARefusal() {
        assertThat(Refusals.keyOf(new IllegalStateException("disk full"))).isEmpty();
        assertThat(Refusals.keyOf(new EJBException(new NullPointerException()))).isEmpty();
    }
}
