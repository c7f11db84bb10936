package org.peaceops.intranet.training.session.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.training.session.domain.SessionFixtures.NOW;
import static org.peaceops.intranet.training.session.domain.SessionFixtures.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.TrainingRuleException;

class TrainingSessionTest {

    private static final Instant DURING = Instant.parse("2026-12-01T08:30:00Z"); // 10:30 in Juba

    @Test
    void theStartIsWallClockTimeInTheMissionKeptInUtc() {
        TrainingSession s = session(2);
        // Juba is UTC+2 all year
        assertThat(s.getStartsAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(s.getEndsAt()).isEqualTo(Instant.parse("2026-12-01T11:00:00Z"));
        assertThat(s.localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(s.zone().getId()).isEqualTo("Africa/Juba");
        assertThat(s.durationMinutes()).isEqualTo(180);
    }

    @Test
    void theSameWallClockTimeInAnotherMissionIsAnotherInstant() {
        TrainingSession bangui = SessionFixtures.withId(new TrainingSession(
                SessionFixtures.course("POC-2", DeliveryMode.BLENDED), "MINUSCA",
                new SessionPlan(LocalDateTime.parse("2026-12-01T10:00"), 60, "Bangui", "t", "T", 5), "t", NOW));
        assertThat(bangui.getStartsAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z")); // UTC+1
        TrainingSession hq = SessionFixtures.withId(new TrainingSession(
                SessionFixtures.course("POC-3", DeliveryMode.CLASSROOM), "HQ",
                new SessionPlan(LocalDateTime.parse("2026-07-01T10:00"), 60, "New York", "t", "T", 5), "t", NOW));
        assertThat(hq.getStartsAt()).as("daylight saving time in New York").isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
    }

    @Test
    void anOnlineCourseHasNoSessionsAndASessionNeedsSeatsAndAPlace() {
        assertThatThrownBy(() -> new TrainingSession(SessionFixtures.course("E-1", DeliveryMode.E_LEARNING), "UNMISS",
                new SessionPlan(LocalDateTime.parse("2026-12-01T10:00"), 60, "Juba", "t", "T", 5), "t", NOW))
                .isInstanceOf(TrainingRuleException.class).extracting("key").isEqualTo("session.error.online");
        assertThatThrownBy(() -> new TrainingSession(SessionFixtures.course("C-0", DeliveryMode.CLASSROOM), "UNMISS",
                new SessionPlan(LocalDateTime.parse("2026-12-01T10:00"), 60, "Juba", "t", "T", 0), "t", NOW))
                .extracting("key").isEqualTo("session.error.capacity");
        assertThatThrownBy(() -> new TrainingSession(SessionFixtures.course("C-1", DeliveryMode.CLASSROOM), "UNMISS",
                new SessionPlan(LocalDateTime.parse("2026-12-01T10:00"), 60, " ", "t", "T", 3), "t", NOW))
                .extracting("key").isEqualTo("session.error.location");
    }

    @Test
    void seatsGoInOrderOfEnrolmentThenTheWaitingList() {
        TrainingSession s = session(2);
        assertThat(s.enrol("a", "Alice", "a", NOW).getPlace()).isEqualTo(Place.SEAT);
        assertThat(s.enrol("b", "Bob", "trainer", NOW).getPlace()).isEqualTo(Place.SEAT);
        assertThat(s.enrol("c", "Carol", "c", NOW).getPlace()).isEqualTo(Place.WAITING);
        assertThat(s.enrol("d", "Dan", "d", NOW).getPlace()).isEqualTo(Place.WAITING);
        assertThat(s.getSeatsTaken()).isEqualTo(2);
        assertThat(s.getWaitingCount()).isEqualTo(2);
        assertThat(s.waitingList()).extracting(SessionEnrolment::getLearnerSubject).containsExactly("c", "d");
        assertThatThrownBy(() -> s.enrol("a", "Alice", "a", NOW)).extracting("key").isEqualTo("session.error.alreadyEnrolled");
    }

    @Test
    void aWithdrawalGivesTheSeatToTheFirstOnTheWaitingList() {
        TrainingSession s = session(2);
        s.enrol("a", "Alice", "a", NOW);
        s.enrol("b", "Bob", "b", NOW);
        s.enrol("c", "Carol", "c", NOW);
        s.enrol("d", "Dan", "d", NOW);

        assertThat(s.withdraw("a")).map(SessionEnrolment::getLearnerSubject).contains("c");

        assertThat(s.seats()).extracting(SessionEnrolment::getLearnerSubject).containsExactly("b", "c");
        assertThat(s.waitingList()).extracting(SessionEnrolment::getLearnerSubject).containsExactly("d");
        assertThat(s.getSeatsTaken()).isEqualTo(2);
        assertThat(s.getWaitingCount()).isEqualTo(1);
        assertThat(s.withdraw("d")).as("leaving the queue frees no seat").isEmpty();
        assertThat(s.getWaitingCount()).isZero();
        assertThatThrownBy(() -> s.withdraw("zed")).extracting("key").isEqualTo("session.error.notEnrolled");
    }

    @Test
    void moreSeatsGoToTheQueueAndFewerThanTakenAreRefused() {
        TrainingSession s = session(1);
        s.enrol("a", "Alice", "a", NOW);
        s.enrol("b", "Bob", "b", NOW);
        List<SessionEnrolment> promoted = s.replan(new SessionPlan(LocalDateTime.parse("2026-12-02T09:00"), 60, "Juba",
                "sub-trainer", "Tess", 3));
        assertThat(promoted).extracting(SessionEnrolment::getLearnerSubject).containsExactly("b");
        assertThat(s.localStart()).isEqualTo(LocalDateTime.parse("2026-12-02T09:00"));
        assertThatThrownBy(() -> s.replan(new SessionPlan(LocalDateTime.parse("2026-12-02T09:00"), 60, "Juba",
                "sub-trainer", "Tess", 1))).extracting("key").isEqualTo("session.error.capacityBelowSeats");
    }

    @Test
    void enrolmentClosesWhenTheSessionEnds() {
        TrainingSession s = session(2);
        assertThat(s.enrol("a", "Alice", "a", s.getEndsAt().minusSeconds(60)).getPlace())
                .isEqualTo(Place.SEAT);
        assertThatThrownBy(() -> s.enrol("b", "Bob", "b", s.getEndsAt())).extracting("key").isEqualTo("session.error.over");
    }

    @Test
    void attendanceMarksEverySeatOnceFromTheStartOnAndClosesTheSession() {
        TrainingSession s = session(2);
        s.enrol("a", "Alice", "a", NOW);
        s.enrol("b", "Bob", "b", NOW);
        s.enrol("c", "Carol", "c", NOW);
        assertThatThrownBy(() -> s.recordAttendance(Set.of("a"), "t", s.getStartsAt().minusSeconds(60)))
                .extracting("key").isEqualTo("session.error.notStarted");
        assertThatThrownBy(() -> s.recordAttendance(Set.of("c"), "t", DURING)).as("the waiting list did not attend")
                .extracting("key").isEqualTo("session.error.notSeated");

        List<SessionEnrolment> present = s.recordAttendance(Set.of("a"), "t", DURING);

        assertThat(present).extracting(SessionEnrolment::getLearnerSubject).containsExactly("a");
        assertThat(s.enrolmentOf("b").flatMap(SessionEnrolment::getAttendance)).contains(Attendance.ABSENT);
        assertThat(s.attendedBy("a")).isTrue();
        assertThat(s.attendedBy("b")).isFalse();
        assertThat(s.getState()).isEqualTo(SessionState.ATTENDANCE_RECORDED);
        assertThatThrownBy(() -> s.recordAttendance(Set.of("a", "b"), "t", DURING)).extracting("key")
                .isEqualTo("session.error.closed");
        assertThatThrownBy(() -> s.enrol("d", "Dan", "d", DURING)).extracting("key").isEqualTo("session.error.closed");
    }

    @Test
    void aCancellationNeedsAReasonAndNamesEveryoneOnTheSession() {
        TrainingSession s = session(1);
        s.enrol("a", "Alice", "a", NOW);
        s.enrol("b", "Bob", "b", NOW);
        assertThatThrownBy(() -> s.cancel("  ", "t", NOW)).extracting("key").isEqualTo("session.error.reason");

        List<SessionEnrolment> told = s.cancel("Road closed by flooding", "t", NOW);

        assertThat(told).extracting(SessionEnrolment::getLearnerSubject).containsExactly("a", "b");
        assertThat(s.getState()).isEqualTo(SessionState.CANCELLED);
        assertThat(s.getCancelReason()).contains("Road closed by flooding");
        assertThatThrownBy(() -> s.withdraw("a")).extracting("key").isEqualTo("session.error.closed");
        SessionNotice notice = new SessionNotice(told.get(1), SessionNotice.Kind.CANCELLED, NOW);
        assertThat(notice.getReason()).isEqualTo("Road closed by flooding");
        assertThat(notice.getLocalStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
    }

    @Test
    void onlyAttendeesEvaluateOnceWithEveryRatingFromOneToFive() {
        TrainingSession s = session(2);
        s.enrol("a", "Alice", "a", NOW);
        s.enrol("b", "Bob", "b", NOW);
        s.recordAttendance(Set.of("a"), "t", DURING);
        Map<EvaluationQuestion, Integer> ratings = ratings(5, 4, 3, 4);

        assertThatThrownBy(() -> SessionEvaluation.by(s, "b", ratings, null, false, DURING)).extracting("key")
                .isEqualTo("session.error.notAttendee");
        assertThatThrownBy(() -> SessionEvaluation.by(s, "a", ratings, null, true, DURING)).extracting("key")
                .isEqualTo("session.error.evaluated");
        assertThatThrownBy(() -> SessionEvaluation.by(s, "a", ratings(5, 4, 6, 4), null, false, DURING)).extracting("key")
                .isEqualTo("session.error.rating");
        Map<EvaluationQuestion, Integer> missing = new EnumMap<>(ratings);
        missing.remove(EvaluationQuestion.MATERIALS);
        assertThatThrownBy(() -> SessionEvaluation.by(s, "a", missing, null, false, DURING)).extracting("key")
                .isEqualTo("session.error.rating");

        SessionEvaluation e = SessionEvaluation.by(s, "a", ratings, "  Very practical  ", false, DURING);
        assertThat(e.ratings()).isEqualTo(ratings);
        assertThat(e.getComment()).contains("Very practical");
    }

    @Test
    void theSummaryAveragesEachQuestionAndKeepsTheComments() {
        TrainingSession s = session(3);
        for (String p : List.of("a", "b", "c")) {
            s.enrol(p, p, p, NOW);
        }
        s.recordAttendance(Set.of("a", "b", "c"), "t", DURING);
        EvaluationSummary summary = EvaluationSummary.of(List.of(
                SessionEvaluation.by(s, "a", ratings(5, 4, 3, 2), "Good", false, DURING),
                SessionEvaluation.by(s, "b", ratings(4, 4, 4, 2), " ", false, DURING),
                SessionEvaluation.by(s, "c", ratings(3, 5, 4, 1), "Too short", false, DURING)));

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.average(EvaluationQuestion.CONTENT)).isEqualTo("4.0");
        assertThat(summary.average(EvaluationQuestion.TRAINER)).isEqualTo("4.3");
        assertThat(summary.average(EvaluationQuestion.RELEVANCE)).isEqualTo("1.7");
        assertThat(summary.comments()).containsExactly("Good", "Too short");
        assertThat(EvaluationSummary.of(List.of()).average(EvaluationQuestion.CONTENT)).isEmpty();
    }

    static Map<EvaluationQuestion, Integer> ratings(int content, int trainer, int materials, int relevance) {
        Map<EvaluationQuestion, Integer> m = new EnumMap<>(EvaluationQuestion.class);
        m.put(EvaluationQuestion.CONTENT, content);
        m.put(EvaluationQuestion.TRAINER, trainer);
        m.put(EvaluationQuestion.MATERIALS, materials);
        m.put(EvaluationQuestion.RELEVANCE, relevance);
        return m;
    }
}
