package org.peaceops.intranet.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.documents.domain.guidance.FourEyesViolationException;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.training.application.TrainingNotFoundException;

/** Which refusal a failure is, however the container wrapped it; anything else is not a refusal. */
class PageFeedbackTest {

    @Test
    void aBrokenRuleIsNamedByItsKey() {
        assertThat(PageFeedback.keyOf(new GuidanceRejectedException(new FourEyesViolationException("version 1 of SOP 1"))))
                .contains("guidance.fourEyes");
    }

    @Test
    void aDeniedPermissionIsRecognisedInsideTheContainersWrapping() {
        assertThat(PageFeedback.keyOf(new EJBException(new AccessDenied("workflow.denied", "APPROVE denied"))))
                .contains("workflow.denied");
        assertThat(PageFeedback.keyOf(new AccessDeniedException("ADMINISTER denied"))).contains("refusal.denied");
        assertThat(PageFeedback.keyOf(new EJBException(new SecurityException("container role check"))))
                .contains("refusal.denied");
    }

    @Test
    void aMissingDocumentAndAConcurrentChangeHaveTheirOwnMessages() {
        assertThat(PageFeedback.keyOf(new GuidanceNotFoundException(42))).contains("document.missing.text");
        assertThat(PageFeedback.keyOf(new TrainingNotFoundException("course 7"))).contains("training.error.notFound");
        assertThat(PageFeedback.keyOf(new EJBException(new OptimisticLockException("row changed")))).contains("workflow.conflict");
    }

    @Test
    void anUnexpectedFailureIsNotARefusal() {
        assertThat(PageFeedback.keyOf(new IllegalStateException("disk full"))).isEmpty();
        assertThat(PageFeedback.keyOf(new EJBException(new NullPointerException()))).isEmpty();
    }
}
