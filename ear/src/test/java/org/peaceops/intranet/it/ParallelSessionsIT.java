package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sessions of different people used at the same moment never see each other's refusals: four accounts
 * calling the API in parallel, 200 times each, always get 200 and their own profile; two people signing
 * in at the same moment both get in.
 */
class ParallelSessionsIT {

    private static final int CALLS = 200;

    @Test
    void fourPeopleCallingTheApiInParallelNeverGetA403() throws Exception {
        List<ApiSession> sessions = new ArrayList<>();
        for (String user : List.of("reader", "contributor", "approver", "trainer")) {
            sessions.add(ApiSession.signIn(user));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (ApiSession session : sessions) {
                runs.add(pool.submit(calls(session)));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                wrong.addAll(run.get());
            }
            assertThat(wrong).as("answers other than 200 with the caller's own profile").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Alternates the profile and a document list, the calls that answered 403 under load. */
    private static Callable<List<String>> calls(ApiSession session) {
        return () -> {
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                String path = i % 2 == 0 ? "/api/v1/me" : "/api/v1/documents?size=5";
                HttpResponse<String> response = session.get(path);
                if (response.statusCode() != 200) {
                    wrong.add(session.username + " " + path + " #" + i + ": " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(200, response.body().length())));
                } else if (i % 2 == 0) {
                    Map<String, Object> me = ApiSession.body(response);
                    if (!session.username.equals(me.get("username"))) {
                        wrong.add(session.username + " was answered as " + me.get("username"));
                    }
                }
            }
            return wrong;
        };
    }

    @Test
    void twoPeopleSigningInAtTheSameMomentBothGetIn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> signIns = new ArrayList<>();
            for (String user : List.of("reader2", "approver")) {
                signIns.add(pool.submit(() -> {
                    try (Browser browser = new Browser()) {
                        browser.signIn(user, "demo");
                        browser.open("/library/index.xhtml");
                        return browser.waitFor(By.id("page-title")).getText();
                    }
                }));
            }
            for (Future<String> signIn : signIns) {
                assertThat(signIn.get()).doesNotContain("Access denied");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
