package org.peaceops.intranet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which posts are refused before anything reads them: multipart ones past the upload limit or of unknown length. */
class MultipartCapTest {

    private static final long LIMIT = 512L * 1024 * 1024;

    @Test
    void aMultipartPostAboveTheLimitOrWithoutALengthIsRefused() {
        assertThat(MultipartCap.refuses("multipart/form-data; boundary=x", 3L * 1024 * 1024 * 1024, LIMIT)).isTrue();
        assertThat(MultipartCap.refuses("Multipart/Form-Data; boundary=x", LIMIT + MultipartCap.FORM_ALLOWANCE + 1,
                LIMIT)).isTrue();
        assertThat(MultipartCap.refuses("multipart/form-data; boundary=x", -1, LIMIT)).as("chunked").isTrue();
    }

    @Test
    void aFileUpToTheLimitWithItsFormAndOtherPostsPass() {
        assertThat(MultipartCap.refuses("multipart/form-data; boundary=x", LIMIT + MultipartCap.FORM_ALLOWANCE, LIMIT))
                .isFalse();
        assertThat(MultipartCap.refuses("application/x-www-form-urlencoded", 3L * 1024 * 1024 * 1024, LIMIT)).isFalse();
        assertThat(MultipartCap.refuses(null, -1, LIMIT)).isFalse();
    }
}
