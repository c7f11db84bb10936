package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    /** FIPS 180-2's test vectors: "abc", the empty message and a million times 'a'. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String MILLION_A = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

    @Test
    void textsAndBytesHashToTheKnownVectorsInLowerCaseHex() {
        assertThat(Sha256.hexOf("abc")).isEqualTo(ABC);
        assertThat(Sha256.hexOf("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        assertThat(Sha256.hexOf(new byte[0])).isEqualTo(EMPTY);
        assertThat(Sha256.hex(Sha256.of("abc"))).isEqualTo(ABC);
        assertThat(Sha256.of("abc")).hasSize(32);
    }

    @Test
    void aTextIsHashedAsItsUtf8Bytes() {
        assertThat(Sha256.hexOf("été")).isEqualTo(Sha256.hexOf("été".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Sha256.hexOf("été".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aFileLargerThanTheReadBufferHashesAsItsWholeBytes(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[1_000_000];
        Arrays.fill(bytes, (byte) 'a');
        assertThat(Sha256.hexOf(Files.write(dir.resolve("million"), bytes))).isEqualTo(MILLION_A);
        assertThat(Sha256.hexOf(bytes)).isEqualTo(MILLION_A);
        assertThat(Sha256.hexOf(Files.write(dir.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(ABC);
    }

    @Test
    void eachDigestIsFresh() {
        MessageDigest first = Sha256.newDigest();
        first.update((byte) 1);
        assertThat(Sha256.hex(Sha256.newDigest().digest("abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(ABC);
    }

    @Test
    void onlySixtyFourLowerCaseHexDigitsAreASha256() {
        assertThat(Sha256.isHex(ABC)).isTrue();
        assertThat(Sha256.requireHex(ABC)).isEqualTo(ABC);
        for (String other : new String[] {null, "", ABC.toUpperCase(), ABC.substring(1), ABC + "0", "../" + ABC.substring(3),
                ABC.substring(0, 63) + "g"}) {
            assertThat(Sha256.isHex(other)).as(String.valueOf(other)).isFalse();
            assertThatThrownBy(() -> Sha256.requireHex(other)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Not a lower-case hex SHA-256: " + other);
        }
    }
}
