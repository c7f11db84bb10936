package org.peaceops.intranet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peaceops.intranet.documents.application.diff.TextComparison;
import org.peaceops.intranet.documents.application.diff.VersionComparison;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/** Two versions of a document side by side, from their extracted texts ({@code diff.xhtml?doc=&from=&to=}). */
@Named
@ViewScoped
public class DiffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PageFeedback feedback;

    @Inject
    VersionComparison comparisons;

    @Inject
    CurrentUser user;

    private Long doc;
    private Integer from;
    private Integer to;
    private TextComparison comparison;
    private boolean missing;

    /** Called from f:viewAction; a document or version the reader may not see is answered as missing. */
    public void load() {
        if (doc == null || from == null || to == null) {
            missing = true;
            return;
        }
        missing = !feedback.runQuietly(() -> comparison = comparisons.compare(user.caller().orElseThrow(), doc, from, to));
    }

    public Long getDoc() {
        return doc;
    }

    public void setDoc(Long doc) {
        this.doc = doc;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public TextComparison getComparison() {
        return comparison;
    }

    public boolean isMissing() {
        return missing;
    }
}
