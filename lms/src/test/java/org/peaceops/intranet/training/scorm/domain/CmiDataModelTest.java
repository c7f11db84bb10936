package org.peaceops.intranet.training.scorm.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run-time values the intranet keeps are checked as SCORM 1.2 and 2004 define them, with their error codes. */
class CmiDataModelTest {

    @Test
    void scorm12VocabulariesTypesAndLengthsAreHeldWithError405() {
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.lesson_status", "passed")).isEmpty();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.lesson_status", "done"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("405"));
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.score.raw", "101")).isPresent();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.score.raw", "eighty")).isPresent();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.score.raw", "80.5")).isEmpty();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.suspend_data", "x".repeat(4097))).isPresent();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.session_time", "0001:30:05.5")).isEmpty();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.session_time", "PT5M")).isPresent();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_12, "cmi.core.student_id", "me"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("403"));
    }

    @Test
    void scorm2004TellsATypeMismatchFromAValueOutOfRange() {
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.success_status", "passed")).isEmpty();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.completion_status", "passed"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("406"));
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.score.scaled", "1.5"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("407"));
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.score.scaled", "high"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("406"));
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.session_time", "PT1H2M3.5S")).isEmpty();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.session_time", "01:02:03")).isPresent();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.location", "x".repeat(1001))).isPresent();
        assertThat(CmiDataModel.check(ScormVersion.SCORM_2004_4TH, "cmi.learner_id", "me"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("404"));
    }

    @Test
    void aCommitIsCheckedOnlyOnWhatIsKeptAndBlankMeansNotSet() {
        assertThat(CmiDataModel.checkCommit(ScormVersion.SCORM_12, Map.of("cmi.core.student_id", "sub-alice",
                "cmi.core.score.raw", "", "cmi.core.lesson_status", "incomplete", "cmi.interactions._count", "0")))
                .isEmpty();
        assertThat(CmiDataModel.checkCommit(ScormVersion.SCORM_12, Map.of("cmi.core.lesson_status", "finished")))
                .singleElement().satisfies(e -> assertThat(e.element()).isEqualTo("cmi.core.lesson_status"));
    }

    @Test
    void sessionTimesAreCountedInSecondsInBothEditions() {
        assertThat(CmiDataModel.seconds(ScormVersion.SCORM_12, "0001:30:05.50")).isEqualTo(5405);
        assertThat(CmiDataModel.seconds(ScormVersion.SCORM_2004_3RD, "PT1H30M5.5S")).isEqualTo(5405);
        assertThat(CmiDataModel.seconds(ScormVersion.SCORM_2004_3RD, "P1DT1S")).isEqualTo(86_401);
    }

    @Test
    void a2004SuccessStatusAndScaledScoreDecideAgainstTheMasteryMeasure() {
        ScormAttempt attempt = new ScormAttempt("sub-alice", new ScormLessonVersionStub().version(), "sco1",
                java.time.Instant.EPOCH);
        boolean satisfied = attempt.commit(ScormVersion.SCORM_2004_4TH, Map.of("cmi.completion_status", "completed",
                "cmi.score.scaled", "0.8"), new java.math.BigDecimal("75"), java.time.Instant.EPOCH);

        assertThat(satisfied).isTrue();
        assertThat(attempt.getSuccess()).isEqualTo(SuccessStatus.PASSED);
        assertThat(attempt.resumeData(ScormVersion.SCORM_2004_4TH)).containsEntry("cmi.entry", "resume")
                .containsEntry("cmi.success_status", "passed").containsEntry("cmi.score.scaled", "0.8");
    }

    /** A lesson version to hang an attempt on, without a stored package. */
    static final class ScormLessonVersionStub {
        ScormLessonVersion version() {
            try {
                var constructor = ScormLessonVersion.class.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
