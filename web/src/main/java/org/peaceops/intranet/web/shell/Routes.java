package org.peaceops.intranet.web.shell;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.web.api.IntranetApi;

/**
 * Every route the application serves: its pages (found in the deployed web content) and its GET API
 * endpoints (from the JAX-RS class list), each with the roles {@link SectionAccess} allows. The
 * authorization matrix tests walk this list, so a new page or endpoint without a rule fails them.
 */
public final class Routes {

    /** One route and who may use it; {@code roles} is empty when no rule covers it. */
    public static final class Route {
        private final String kind;
        private final String path;
        private final Optional<Set<Role>> roles;

        Route(String kind, String path) {
            this.kind = kind;
            this.path = path;
            this.roles = SectionAccess.rolesFor(path);
        }

        /** One line: {@code PAGE /library/index.xhtml reader,contributor,...} or {@code ... NO-RULE}. */
        public String line() {
            return kind + " " + path + " " + roles.map(r -> r.stream().map(Role::roleName).sorted()
                    .collect(Collectors.joining(","))).orElse("NO-RULE");
        }
    }

    /**
     * Files answered by servlets that need no parameter (the matrix tests fetch them like API endpoints).
     * The preview and download servlets are not here: without a document they answer 404 to everyone, and
     * their per-document rules are the access policy's (PreviewIT, DownloadIT).
     */
    static final List<String> FILES = List.of("/admin/audit.csv");

    private Routes() {
    }

    /** @param pagePaths every {@code .xhtml} path of the web content, e.g. {@code /library/index.xhtml} */
    public static List<Route> of(List<String> pagePaths) {
        List<Route> routes = new ArrayList<>();
        pagePaths.stream()
                .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                .filter(p -> !SectionAccess.isPublic(p))
                .forEach(p -> routes.add(new Route("PAGE", p)));
        apiPaths().forEach(p -> routes.add(new Route("API", p)));
        FILES.forEach(p -> routes.add(new Route("FILE", p)));
        routes.sort(Comparator.comparing(Route::line));
        return routes;
    }

    /** GET endpoints without path parameters, as {@code /api/...} paths. */
    static List<String> apiPaths() {
        String base = IntranetApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        List<String> paths = new ArrayList<>();
        for (Class<?> resource : new IntranetApi().getClasses()) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue; // exception mappers and other providers serve no path
            }
            String root = base + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path sub = method.getAnnotation(Path.class);
                    paths.add(sub == null ? root : root + (sub.value().startsWith("/") ? "" : "/") + sub.value());
                }
            }
        }
        return paths.stream().filter(p -> !p.contains("{")).distinct().sorted().toList();
    }
}
