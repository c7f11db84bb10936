package org.peaceops.intranet.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page in the web content and every API endpoint has an access rule. */
class RoutesTest {

    private static List<String> pages() throws IOException {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }

    @Test
    void everyRouteHasARule() throws IOException {
        List<String> lines = Routes.of(pages()).stream().map(Routes.Route::line).toList();
        assertThat(lines).isNotEmpty().noneMatch(line -> line.endsWith("NO-RULE"));
        assertThat(lines).contains(
                "PAGE /admin/index.xhtml admin",
                "PAGE /toolbox/index.xhtml admin,approver,bpo,contributor,reader,trainer",
                "PAGE /toolbox/file.xhtml contributor",
                "PAGE /index.xhtml admin,approver,bpo,contributor,reader,trainer",
                "API /api/v1/admin/status admin",
                "API /api/v1/me admin,approver,bpo,contributor,reader,trainer",
                "PAGE /admin/audit.xhtml admin",
                "FILE /admin/audit.csv admin",

                "PAGE /training/index.xhtml admin,approver,bpo,contributor,reader,trainer",
                "PAGE /training/manage/index.xhtml admin,trainer",
                "PAGE /training/manage/roster.xhtml admin,trainer",
                "API /api/v1/training/courses admin,approver,bpo,contributor,reader,trainer",
                // the narrower rule wins over /api/v1/training/*
                "API /api/v1/training/attestations admin,trainer",
                "API /api/v1/training/attestations/template.csv admin,trainer",
                "API /api/v1/training/induction admin,trainer",
                "PAGE /training/manage/induction.xhtml admin,trainer",
                // the list of sessions is the trainers'; the learner's own list is everyone's
                "API /api/v1/training/sessions admin,trainer",
                "API /api/v1/training/sessions/mine admin,approver,bpo,contributor,reader,trainer",
                "PAGE /training/manage/sessions.xhtml admin,trainer",
                "PAGE /training/sessions.xhtml admin,approver,bpo,contributor,reader,trainer");
        assertThat(lines).noneMatch(line -> line.contains("/verify/"));
    }

    @Test
    void aPageOutsideEverySectionHasNoRule() {
        assertThat(Routes.of(List.of("/reports/secret.xhtml")).stream().map(Routes.Route::line))
                .contains("PAGE /reports/secret.xhtml NO-RULE");
    }

    @Test
    void publicPagesAndTemplatesAreNotRoutesToCheck() {
        assertThat(Routes.of(List.of("/login.xhtml", "/error/404.xhtml", "/WEB-INF/templates/main.xhtml")).stream()
                .filter(r -> r.line().startsWith("PAGE"))).isEmpty();
    }
}
