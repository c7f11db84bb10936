package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.it.ApiSession.assertRefusal;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the API is JSON with its own status, a key, a message in the caller's language and,
 * where it applies, the field or the file: one test per status. The upload refusals that used to be
 * HTML 500 pages (a type not accepted, content contradicting the extension, an empty file, too large)
 * come through PUT .../versions/1/file; a hostile name is stored made safe.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class ApiRefusalsIT {

    private static final String API = "/api/v1/documents";
    private static ApiSession contributor;
    private static ApiSession reader;

    @BeforeAll
    static void signIn() {
        contributor = ApiSession.signIn("contributor");
        reader = ApiSession.signIn("reader");
    }

    private static long draft(String reference) throws Exception {
        HttpResponse<String> created = contributor.json("POST", API, draftJson(reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.documentId(created.body());
    }

    private static String draftJson(String reference) {
        return "{\"type\":\"SOP\",\"referenceNumber\":\"" + reference + "\",\"titleEn\":\"Refusals " + reference
                + "\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"UNMISS\","
                + "\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}";
    }

    private static String reference(String suffix) {
        return "REF." + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase() + suffix;
    }

    @Test
    void badInputIs400WithTheFieldAndNoClassNameInEnglishOrFrench() throws Exception {
        HttpResponse<String> english = contributor.get(API + "?classification=BOGUS");
        assertRefusal(english, 400, "api.invalid.value");
        assertThat(ApiSession.body(english)).containsEntry("field", "classification");
        assertThat((String) ApiSession.body(english).get("message")).contains("BOGUS").contains("INTERNAL")
                .doesNotContain("No enum constant");
        HttpResponse<String> french = contributor.get(API + "?classification=BOGUS", "Accept-Language", "fr-FR,fr;q=0.9");
        assertRefusal(french, 400, "api.invalid.value");
        assertThat((String) ApiSession.body(french).get("message")).contains("inconnu");
        assertRefusal(contributor.json("POST", API, draftJson(reference("D")).replace("\"INTERNAL\"", "\"BOGUS\"")),
                400, "api.invalid.value");
    }

    @Test
    void aSignInThatIsMissingOrBadIs401() throws Exception {
        HttpResponse<String> bad = ItEnvironment.get(ItEnvironment.appUrl() + API, "Authorization", "Bearer not-a-jwt",
                "Accept", "application/json");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).doesNotContain("<html");
    }

    @Test
    void aStepTheCallerMayNotTakeIs403() throws Exception {
        long id = ApiSession.documentId(reader.get(API + "?q=partnership").body());
        assertRefusal(reader.json("POST", API + "/" + id + "/transitions", "{\"action\":\"WITHDRAW\",\"comment\":\"no\"}"),
                403, "api.denied");
        // A constraint of web.xml (administration only) refuses before JAX-RS: JSON all the same.
        assertRefusal(reader.get("/api/v1/admin/status"), 403, "api.denied");
    }

    @Test
    void unknownDocumentsAndRoutesAre404Json() throws Exception {
        assertRefusal(reader.get(API + "/999999999"), 404, "api.notFound");
        assertRefusal(reader.get(API + "/999999999/versions/1"), 404, "api.notFound");
        assertRefusal(reader.get("/api/v1/no-such-thing"), 404, "api.notFound");
    }

    @Test
    void aReferenceNumberAlreadyTakenIs409() throws Exception {
        String reference = reference("C");
        draft(reference);
        assertRefusal(contributor.json("POST", API, draftJson(reference)), 409, "guidance.referenceNumber.taken");
    }

    @Test
    void aFileLargerThanTheLimitIs413AndNothingIsKept() throws Exception {
        long id = draft(reference("L"));
        long limit = 320L * 1024 * 1024; // INTRANET_UPLOAD_MAX_BYTES of the test command
        HttpResponse<String> large = contributor.send("PUT", API + "/" + id + "/versions/1/file?name=huge.txt", "text/plain",
                HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatedText(limit + 1)));
        assertRefusal(large, 413, "upload.rejected.TOO_LARGE");
        assertThat((String) ApiSession.body(large).get("message")).contains("320");
        assertThat(ApiSession.body(contributor.get(API + "/" + id + "/versions/1")).get("sha256")).isNull();
    }

    @Test
    void aTypeNotAcceptedOrContradictingItsNameIs415WithTheSafeFileName() throws Exception {
        long id = draft(reference("T"));
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        HttpResponse<String> disguised = contributor.put(API + "/" + id + "/versions/1/file?name=report.pdf",
                "application/pdf", elf);
        assertRefusal(disguised, 415, "upload.rejected.TYPE_MISMATCH");
        assertThat(ApiSession.body(disguised)).containsEntry("file", "report.pdf");
        HttpResponse<String> csv = contributor.put(API + "/" + id + "/versions/1/file?name=roster.csv", "text/csv",
                "name,unit\n=cmd|' /C calc'!A0,HQ\n".getBytes(StandardCharsets.UTF_8));
        assertRefusal(csv, 415, "upload.rejected.TYPE_NOT_ALLOWED");
        assertRefusal(contributor.put(API + "/" + id + "/versions/1/file?name=empty.txt", "text/plain", new byte[0]),
                400, "upload.rejected.EMPTY");
    }

    @Test
    void aHostileNameIsStoredMadeSafeAndShown() throws Exception {
        long id = draft(reference("N"));
        String hostile = java.net.URLEncoder.encode("..\\..\\windows\\aux.\u202Etxt. ", StandardCharsets.UTF_8);
        HttpResponse<String> stored = contributor.put(API + "/" + id + "/versions/1/file?name=" + hostile, "text/plain",
                "Notes of the mission.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(ApiSession.body(stored)).containsEntry("file", "_aux.txt");
    }

    /** {@code size} bytes of text, generated as they are read (never held in memory). */
    private static final class RepeatedText extends InputStream {
        private long left;

        RepeatedText(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'a' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
        }
    }
}
