package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import org.peaceops.intranet.toolbox.community.domain.Specialty;

/** A row of the communities list. */
public record CommunitySummary(long id, String name, Specialty specialty, String description, int members,
        long questions, boolean member) implements Serializable {
}
