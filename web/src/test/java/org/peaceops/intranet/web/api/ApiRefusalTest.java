package org.peaceops.intranet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejection;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.shared.refusal.Unavailable;
import org.peaceops.intranet.training.application.TrainingNotFoundException;
import org.peaceops.intranet.training.application.TrainingRejectedException;

/** Each kind of refusal of every context has its status and key; what is not a refusal is a bug (500). */
class ApiRefusalTest {

    private static ApiRefusal refusal(Throwable failure) {
        return ApiRefusal.of(failure).orElseThrow(() -> new AssertionError("not a refusal: " + failure));
    }

    @Test
    void uploadRefusalsAre415413Or400WithTheFileEvenWrappedByTheContainer() {
        ApiRefusal mismatch = refusal(new EJBException(new UploadRejectedException(UploadRejection.TYPE_MISMATCH,
                "The content of report.pdf is application/x-executable", "application/x-executable", "pdf").about("report.pdf")));
        assertThat(mismatch.status()).isEqualTo(415);
        assertThat(mismatch.key()).isEqualTo("upload.rejected.TYPE_MISMATCH");
        assertThat(mismatch.file()).isEqualTo("report.pdf");
        assertThat(mismatch.arguments()).containsExactly("application/x-executable", "pdf");
        assertThat(refusal(new UploadRejectedException(UploadRejection.TYPE_NOT_ALLOWED, "no", "text/csv")).status())
                .isEqualTo(415);
        assertThat(refusal(new UploadRejectedException(UploadRejection.EMPTY, "empty")).status()).isEqualTo(400);
        // The application answers the blob store's size limit as an upload refusal: web never sees the store's exception.
        ApiRefusal large = refusal(new EJBException(new UploadRejectedException(UploadRejection.TOO_LARGE, "too large", 64L)));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.arguments()).containsExactly(64L);
    }

    @Test
    void brokenRulesAre400AndCollisionsWithWhatExists409() {
        assertThat(refusal(new GuidanceRejectedException(new GuidanceRuleException("guidance.fourEyes", "own draft"))).status())
                .isEqualTo(400);
        assertThat(refusal(new Conflict("guidance.referenceNumber.taken", "taken")).status()).isEqualTo(409);
        assertThat(refusal(new EJBTransactionRolledbackException("rolled back", new OptimisticLockException("stale")))
                .key()).isEqualTo("workflow.conflict");
        ApiRefusal training = refusal(new TrainingRejectedException("training.error.reason", "Give a reason."));
        assertThat(training.status()).isEqualTo(400);
        assertThat(training.key()).isEqualTo("training.error.reason");
    }

    @Test
    void deniedIs403AndOnReadingEndpoints404LikeAMissingDocument() {
        ApiRefusal denied = refusal(new AccessDeniedException("not yours"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.hidingDenial().status()).isEqualTo(404);
        assertThat(refusal(new SecurityException("no")).status()).isEqualTo(403);
        assertThat(refusal(new TrainingNotFoundException("course 7")).status()).isEqualTo(404);
    }

    @Test
    void anUnknownEnumValueIsRefusedWithTheFieldAndTheAcceptedNamesNeverAClassName() {
        assertThatThrownBy(() -> ApiInputException.enumValue(Classification.class, "classification", "BOGUS"))
                .isInstanceOfSatisfying(ApiInputException.class, e -> {
                    ApiRefusal r = refusal(e);
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.field()).isEqualTo("classification");
                    assertThat(e.getMessage()).contains("BOGUS").contains("INTERNAL").doesNotContain("org.peaceops");
                    assertThat(ApiMessages.text(Locale.FRENCH, r.key(), r.arguments(), "?"))
                            .isEqualTo("classification inconnu « BOGUS » ; valeurs possibles : "
                                    + String.join(", ", java.util.Arrays.stream(Classification.values()).map(Enum::name).toList()) + ".");
                });
        assertThat(ApiInputException.enumValue(Classification.class, "classification", " internal ")).isEqualTo(Classification.INTERNAL);
        assertThat(ApiInputException.enumValue(Classification.class, "classification", null)).isNull();
        assertThatThrownBy(() -> ApiInputException.date("effectiveDate", "15/01/2026")).isInstanceOf(ApiInputException.class);
    }

    @Test
    void everyKindOfRefusalHasItsStatusAndKeepsItsFieldAndArguments() {
        ApiRefusal rule = refusal(new EJBException(new RuleBroken("guidance.title.required", "Give a title.").onField("titleEn")));
        assertThat(rule.status()).isEqualTo(400);
        assertThat(rule.field()).isEqualTo("titleEn");
        assertThat(refusal(new DirectoryException(DirectoryException.Reason.CONFLICT, "exists")).status()).isEqualTo(409);
        assertThat(refusal(new DirectoryException(DirectoryException.Reason.UNREACHABLE, "down")).status()).isEqualTo(503);
        ApiRefusal unavailable = refusal(new Unavailable("upload.failed", "broken pipe"));
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.key()).isEqualTo("upload.failed");
        assertThat(refusal(new org.peaceops.intranet.documents.application.GuidanceNotFoundException(7)).key())
                .as("the API's own words for a missing item").isEqualTo("api.notFound");
    }

    @Test
    void whatIsNotARefusalIsABug() {
        assertThat(ApiRefusal.of(new NullPointerException())).isEmpty();
        assertThat(ApiRefusal.of(new EJBException(new IllegalStateException("broken")))).isEmpty();
    }

    @Test
    void textsComeInTheCallersLanguageOrFallBackToTheFailuresOwnWords() {
        assertThat(ApiMessages.locale(List.of(Locale.forLanguageTag("fr-CA"), Locale.ENGLISH))).isEqualTo(Locale.FRENCH);
        assertThat(ApiMessages.locale(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiMessages.text(Locale.ENGLISH, "upload.rejected.TYPE_MISMATCH", List.of("application/zip", "docx"), "?"))
                .contains("application/zip").contains(".docx");
        assertThat(ApiMessages.text(Locale.FRENCH, "guidance.no.such.key", List.of(), "The rule's own sentence."))
                .isEqualTo("The rule's own sentence.");
    }
}
