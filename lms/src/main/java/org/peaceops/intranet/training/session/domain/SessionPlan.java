package org.peaceops.intranet.training.session.domain;

import java.time.LocalDateTime;

/** What a trainer enters to schedule or change a session; the start is wall-clock time in the mission. */
public record SessionPlan(LocalDateTime localStart, int durationMinutes, String location, String trainerSubject,
        String trainerName, int capacity) {
}
