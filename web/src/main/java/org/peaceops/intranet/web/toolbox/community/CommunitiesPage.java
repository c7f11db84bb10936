package org.peaceops.intranet.web.toolbox.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.application.Communities;
import org.peaceops.intranet.toolbox.community.application.CommunityListing;
import org.peaceops.intranet.toolbox.community.application.NewCommunity;
import org.peaceops.intranet.toolbox.community.domain.Specialty;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/communities.xhtml}: the communities, a page at a time, and for administrators and
 * Best Practices Officers the form founding one (what they typed stays when it is refused).
 */
@Named
@ViewScoped
public class CommunitiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Communities communities;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private final CommunityRows rows = new CommunityRows(this::page);
    private String name;
    private Specialty specialty = Specialty.RULE_OF_LAW;
    private String description;
    private Boolean empty;

    private CommunityListing page(int first, int max) {
        return feedback.valueOr(() -> communities.list(caller(), first, max), new CommunityListing(List.of(), 0, first, max));
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    public CommunityRows getRows() {
        return rows;
    }

    /** Not {@code empty}: that is an EL operator. */
    public boolean isNoCommunities() {
        if (empty == null) {
            empty = page(0, 1).total() == 0;
        }
        return empty;
    }

    public boolean isMayFound() {
        return user.caller().map(communities::mayFound).orElse(false);
    }

    public String found() {
        long[] id = new long[1];
        if (feedback.runOn(r -> r.field() == null ? null : "found:" + r.field(),
                () -> id[0] = communities.found(caller(), new NewCommunity(name, specialty, description)))) {
            feedback.done("community.founded", name.strip());
            return "/toolbox/community?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public Specialty[] getSpecialties() {
        return Specialty.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
