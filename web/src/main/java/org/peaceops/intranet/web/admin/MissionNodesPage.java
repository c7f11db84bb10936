package org.peaceops.intranet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.application.replica.MissionNodesOverview;
import org.peaceops.intranet.documents.application.replica.MissionNodesOverview.MissionNodeRow;
import org.peaceops.intranet.shared.refusal.NotSignedIn;
import org.peaceops.intranet.web.security.CurrentUser;

/** The mission nodes at headquarters: each node's replication lag, last contact and what it was sent. */
@Named
@RequestScoped
public class MissionNodesPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Inject
    MissionNodesOverview overview;

    @Inject
    CurrentUser user;

    private List<MissionNodeRow> nodes;

    public List<MissionNodeRow> getNodes() {
        if (nodes == null) {
            nodes = overview.nodes(user.caller().orElseThrow(NotSignedIn::new));
        }
        return nodes;
    }

    public String lastContact(MissionNodeRow row) {
        return row.lastContactAt().map(WHEN::format).orElse("—");
    }

    public String behind(MissionNodeRow row) {
        return row.slot().map(s -> bytes(s.bytesBehind())).orElse("—");
    }

    /** {@code active}, {@code inactive} (the slot keeps the changes for the node's return) or {@code none}. */
    public String slotState(MissionNodeRow row) {
        return row.slot().map(s -> s.active() ? "active" : "inactive").orElse("none");
    }

    public String sent(MissionNodeRow row) {
        return bytes(row.bytesSent());
    }

    /** 1,536 bytes as "1.5 KB": binary units, one decimal. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = n;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
