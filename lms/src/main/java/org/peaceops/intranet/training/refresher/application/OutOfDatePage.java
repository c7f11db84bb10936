package org.peaceops.intranet.training.refresher.application;

import java.util.List;

/** A page of the out-of-date courses and how many there are in the caller's scopes. */
public record OutOfDatePage(long total, int first, List<OutOfDateCourse> rows) {
}
