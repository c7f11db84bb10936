package org.peaceops.intranet.training.application;

import java.io.IOException;
import java.io.OutputStream;

/** A course roster as a file to download (a port: the formats are written in infrastructure). */
public interface RosterFiles {

    void csv(RosterTable table, OutputStream out) throws IOException;

    void xlsx(RosterTable table, OutputStream out) throws IOException;
}
