package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.documents.application.search.GuidanceSearch;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchSort;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Full-text search of guidance, with the semantics of the results page: the caller's permissions are
 * part of the query, so hits, facet counts, snippets, suggestions and corrections only come from
 * documents the caller may open.
 */
@Path("/v1/search")
@RequestScoped
@Tag(name = "Search", description = "Full-text search of guidance, trimmed to what the caller may read")
public class SearchResource {

    @Inject
    GuidanceSearch search;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Searches guidance", description = "Words must all match unless joined by OR; "
            + "\"phrases\", NOT, prefixes (protect*) and the qualifiers title:, ref:, type:, theme:, mission:, "
            + "lang:, year: are understood. English and French words are matched by their stem, without accents. "
            + "Current versions only, superseded ones with superseded=true. Snippets and titles are HTML in "
            + "which the text is escaped and only <mark> tags surround matched words.")
    @APIResponse(responseCode = "200", description = "One page of hits, facet counts and a spelling suggestion",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter is out of range; the body says which")
    @APIResponse(responseCode = "401", description = "No valid Bearer token")
    public Response search(
            @Parameter(description = "The words to search for") @QueryParam("q") String q,
            @Parameter(description = "Document type code, e.g. SOP") @QueryParam("type") String type,
            @Parameter(description = "Thematic area code, e.g. PROTECTION_OF_CIVILIANS") @QueryParam("theme") String theme,
            @Parameter(description = "Owning mission code, or HQ") @QueryParam("mission") String mission,
            @Parameter(description = "Language code of the file, e.g. fr") @QueryParam("language") String language,
            @Parameter(description = "Year the version took effect") @QueryParam("year") String year,
            @Parameter(description = "Lifecycle status, e.g. PROMULGATED") @QueryParam("status") String status,
            @Parameter(description = "true to include superseded versions") @QueryParam("superseded") boolean superseded,
            @Parameter(description = "relevance (default), date or downloads") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0 (at most 100)") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to 100 (default 10)") @QueryParam("size") String size,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = locale(acceptLanguage);
        Integer pageNumber = number(page, 0, 0, SearchRequest.MAX_PAGE);
        Integer pageSize = number(size, SearchRequest.DEFAULT_PAGE_SIZE, 1, SearchRequest.MAX_PAGE_SIZE);
        Integer yearNumber = number(year, null, 1900, 2999);
        boolean yearInvalid = year != null && !year.isBlank() && yearNumber == null;
        boolean sortUnknown = sort != null && !sort.isBlank() && !SearchSort.parse(sort).code().equalsIgnoreCase(sort.strip());
        String invalid = pageNumber == null ? "page" : pageSize == null ? "size" : yearInvalid ? "year"
                : sortUnknown ? "sort" : null;
        if (invalid != null) {
            throw new ApiInputException("api.search.invalid", invalid, "Invalid parameter: page from 0 to 100, size from"
                    + " 1 to 100, year in four digits, sort one of relevance, date, downloads.");
        }
        Caller actor = user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
        SearchRequest request = SearchRequest.builder().text(q).type(type).theme(theme).mission(mission)
                .language(language).year(yearNumber).status(status).includeSuperseded(superseded)
                .sort(SearchSort.parse(sort)).page(pageNumber).pageSize(pageSize).locale(locale).build();
        return Response.ok(SearchResponse.of(request, search.search(actor, request))).build();
    }

    @GET
    @Path("/suggestions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Titles starting with the typed words, of documents the caller may open (at most 8)")
    @APIResponse(responseCode = "200", description = "documentId and title of each suggestion")
    public Response suggestions(@Parameter(description = "What was typed so far (2 characters or more)")
            @QueryParam("q") String q, @HeaderParam("Accept-Language") String acceptLanguage) {
        Caller actor = user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
        return Response.ok(search.suggestTitles(actor, q, locale(acceptLanguage))).build();
    }

    private static Integer number(String value, Integer absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("fr")
                ? Locale.FRENCH : Locale.ENGLISH;
    }
}
