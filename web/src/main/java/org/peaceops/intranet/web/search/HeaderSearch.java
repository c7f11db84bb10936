package org.peaceops.intranet.web.search;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.search.GuidanceSearch;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.TitleSuggestion;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.Messages;

/**
 * The search box in the header of every page: titles suggested as the reader types (only of documents
 * they may open), a chosen title opens its document (or Toolbox report), Enter searches.
 */
@Named
@ViewScoped
public class HeaderSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidanceSearch search;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    private String text;
    /** The pages (documents or Toolbox reports) behind the titles last offered, to open the one chosen. */
    private final Map<String, String> offered = new HashMap<>();

    /** Starts empty on every page: the results page has its own box holding the words searched. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> complete(String typed) {
        offered.clear();
        if (user.caller().isEmpty()) {
            return List.of();
        }
        List<TitleSuggestion> titles = search.suggestTitles(user.caller().get(), typed, language.getLocale());
        titles.forEach(t -> offered.putIfAbsent(t.getTitle(),
                (t.isReport() ? "/toolbox/report.xhtml?id=" : "/library/document.xhtml?id=") + t.getDocumentId()));
        return titles.stream().map(TitleSuggestion::getTitle).distinct().toList();
    }

    /** A suggested title was chosen: open its document. */
    public void open() throws IOException {
        String page = offered.get(text);
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(page != null ? context.getRequestContextPath() + page : target(context));
    }

    public void search() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(target(context));
    }

    private String target(ExternalContext context) {
        String words = text == null ? "" : text.strip();
        if (words.length() > SearchRequest.MAX_TEXT) {
            words = words.substring(0, SearchRequest.MAX_TEXT);
        }
        return context.getRequestContextPath() + SearchLinks.PAGE
                + (words.isEmpty() ? "" : "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }
}
