package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.peaceops.intranet.training.application.RosterFiles;
import org.peaceops.intranet.training.application.RosterRow;

/** {@link RosterFiles} written by {@link RosterExport} (CSV safe for spreadsheets, and XLSX). */
@ApplicationScoped
public class RosterExportFiles implements RosterFiles {

    @Override
    public void csv(List<RosterRow> rows, OutputStream out) throws IOException {
        RosterExport.csv(rows, out);
    }

    @Override
    public void xlsx(List<RosterRow> rows, OutputStream out) throws IOException {
        RosterExport.xlsx(rows, out);
    }
}
