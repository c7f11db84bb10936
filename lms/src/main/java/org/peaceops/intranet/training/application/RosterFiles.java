package org.peaceops.intranet.training.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A course roster as a file to download (a port: the formats are written in infrastructure). */
public interface RosterFiles {

    void csv(List<RosterRow> rows, OutputStream out) throws IOException;

    void xlsx(List<RosterRow> rows, OutputStream out) throws IOException;
}
