package org.peaceops.intranet.training.session.application;

import java.time.LocalDateTime;

/** What a trainer enters for a session: the start as the mission's clocks read it, length, place, seats. */
public record SessionInput(LocalDateTime localStart, int durationMinutes, String location, int capacity) {
}
