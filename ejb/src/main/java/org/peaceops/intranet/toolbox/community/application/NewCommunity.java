package org.peaceops.intranet.toolbox.community.application;

import java.io.Serializable;
import org.peaceops.intranet.toolbox.community.domain.Specialty;

/** What a founder types to found a community. */
public record NewCommunity(String name, Specialty specialty, String description) implements Serializable {
}
