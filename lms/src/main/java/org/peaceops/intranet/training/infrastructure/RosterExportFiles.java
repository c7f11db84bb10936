package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import org.peaceops.intranet.training.application.RosterFiles;
import org.peaceops.intranet.training.application.RosterTable;

/** {@link RosterFiles} written by {@link RosterExport} (CSV safe for spreadsheets, and XLSX). */
@ApplicationScoped
public class RosterExportFiles implements RosterFiles {

    @Override
    public void csv(RosterTable table, OutputStream out) throws IOException {
        RosterExport.csv(table, out);
    }

    @Override
    public void xlsx(RosterTable table, OutputStream out) throws IOException {
        RosterExport.xlsx(table, out);
    }
}
