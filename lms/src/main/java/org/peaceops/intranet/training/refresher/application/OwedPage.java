package org.peaceops.intranet.training.refresher.application;

import java.util.List;

/** A page of the owed list and how many rows the whole list has. */
public record OwedPage(long total, int first, List<OwedView> rows) {
}
