package org.peaceops.intranet.web.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void readsTheThreeFormsOfASingleRange() {
        ByteRange r = ByteRange.parse("bytes=0-99", 1000).orElseThrow();
        assertThat(r.first()).isZero();
        assertThat(r.length()).isEqualTo(100);
        ByteRange open = ByteRange.parse("bytes=900-", 1000).orElseThrow();
        assertThat(open.last()).isEqualTo(999);
        ByteRange suffix = ByteRange.parse("bytes=-100", 1000).orElseThrow();
        assertThat(suffix.first()).isEqualTo(900);
        assertThat(ByteRange.parse("bytes=990-2000", 1000).orElseThrow().last()).isEqualTo(999);
    }

    @Test
    void rangesOutsideTheFileAreUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=1000-", 1000).orElseThrow().isSatisfiable()).isFalse();
        assertThat(ByteRange.parse("bytes=50-10", 1000).orElseThrow().isSatisfiable()).isFalse();
        assertThat(ByteRange.parse("bytes=-0", 1000).orElseThrow().isSatisfiable()).isFalse();
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000).orElseThrow().isSatisfiable()).isFalse();
    }

    @Test
    void noHeaderSeveralRangesOrOtherUnitsGetTheWholeFile() {
        assertThat(ByteRange.parse(null, 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1,5-9", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
    }

    @Test
    void aSatisfiableRangeIsAnsweredWithPartialContentAndTheBytesSent() {
        assertThat(answerTo("bytes=900-", 1000)).containsExactly(
                Map.entry("status", HttpServletResponse.SC_PARTIAL_CONTENT), Map.entry("Content-Range", "bytes 900-999/1000"));
    }

    @Test
    void anUnsatisfiableRangeIsAnsweredWithTheFileSizeAlone() {
        assertThat(answerTo("bytes=1000-", 1000)).containsExactly(
                Map.entry("status", HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE), Map.entry("Content-Range", "bytes */1000"));
    }

    @Test
    void theFileNameCannotBreakTheHeader() {
        String header = FileStreaming.contentDisposition("rapport \"final\"\r\nX: été.pdf", "download");
        assertThat(header).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"rapport__final___X___t_.pdf\"")
                .contains("filename*=UTF-8''rapport%20%22final%22%0D%0AX%3A%20%C3%A9t%C3%A9.pdf");
    }

    /** The status and headers that the range a request asks for writes, in order, onto a response that allows nothing else. */
    private static Map<String, Object> answerTo(String rangeHeader, long size) {
        Map<String, Object> written = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(ByteRangeTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> written.put("status", args[0]);
                        case "setHeader" -> written.put((String) args[0], args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
        ByteRange.parse(rangeHeader, size).orElseThrow().writeTo(response, size);
        return written;
    }
}
