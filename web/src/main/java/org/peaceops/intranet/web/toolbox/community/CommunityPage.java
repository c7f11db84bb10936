package org.peaceops.intranet.web.toolbox.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.application.Communities;
import org.peaceops.intranet.toolbox.community.application.CommunityQuestions;
import org.peaceops.intranet.toolbox.community.application.CommunityView;
import org.peaceops.intranet.toolbox.community.application.LinkedDocument;
import org.peaceops.intranet.toolbox.community.application.MemberView;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/community.xhtml?id=..}: one community, its moderators and members, the questions the
 * reader may see with their answer counts, joining, and the ask form for members (what was typed stays
 * when it is refused). A moderator appoints another moderator from the members.
 */
@Named
@ViewScoped
public class CommunityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Communities communities;

    @Inject
    CommunityQuestions questions;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private Long id;
    private CommunityView community;
    private String title;
    private String body;
    /** The guidance picked on the ask form (more are linked on the question's page). */
    private String document;
    private final DocumentPicker picker = new DocumentPicker();

    /** f:viewAction: no id, or no such community, reads "not found". */
    public void load() {
        reload();
    }

    private void reload() {
        community = null;
        if (id != null) {
            CommunityView[] found = new CommunityView[1];
            if (feedback.runQuietly(() -> found[0] = communities.open(caller(), id))) {
                community = found[0];
            }
        }
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    public void join() {
        if (feedback.run(() -> communities.join(caller(), id), "community.joined", community.name())) {
            reload();
        }
    }

    public void appoint(MemberView member) {
        if (feedback.run(() -> communities.appointModerator(caller(), id, member.subject(), community.rowVersion()),
                "community.appointed")) {
            reload();
        }
    }

    public String ask() {
        long[] asked = new long[1];
        List<Long> ids = DocumentPicker.ids(document == null ? List.of() : List.of(document), picker::offered);
        if (feedback.runOn(r -> r.field() == null ? null : "ask:" + r.field(),
                () -> asked[0] = questions.ask(caller(), id, title, body, ids))) {
            feedback.done(community.moderator() ? "community.question.published" : "community.question.pending");
            return "/toolbox/question?faces-redirect=true&id=" + asked[0];
        }
        return null;
    }

    public List<String> completeDocument(String text) {
        return picker.offer(feedback.valueOr(() -> questions.findDocuments(caller(), text), List.<LinkedDocument>of()));
    }

    public String documentLabel(String key) {
        return picker.label(key);
    }

    public boolean isMissing() {
        return community == null;
    }

    public CommunityView getCommunity() {
        return community;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
