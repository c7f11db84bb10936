package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeCredentialsTest {

    private static final String UNMISS_TOKEN = "unmiss-token-for-this-test-only";
    private static final String MINUSCA_TOKEN = "minusca-token-for-this-test-only";

    private final NodeCredentials credentials = NodeCredentials.of(
            "UNMISS=" + NodeCredentials.hashOf(UNMISS_TOKEN) + ", minusca=" + NodeCredentials.hashOf(MINUSCA_TOKEN).toUpperCase());

    @Test
    void eachNodesTokenNamesItsMission() {
        assertThat(credentials.missionOf("Bearer " + UNMISS_TOKEN)).contains("UNMISS");
        assertThat(credentials.missionOf("bearer " + MINUSCA_TOKEN)).contains("MINUSCA");
        assertThat(credentials.missions()).containsExactly("UNMISS", "MINUSCA");
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(credentials.missionOf(null)).isEmpty();
        assertThat(credentials.missionOf("")).isEmpty();
        assertThat(credentials.missionOf("Bearer ")).isEmpty();
        assertThat(credentials.missionOf("Basic " + UNMISS_TOKEN)).isEmpty();
        assertThat(credentials.missionOf("Bearer " + UNMISS_TOKEN + "x")).isEmpty();
        assertThat(credentials.missionOf("Bearer " + UNMISS_TOKEN.substring(1))).isEmpty();
        // The hash itself is no credential: headquarters' configuration lets nobody act as a node.
        assertThat(credentials.missionOf("Bearer " + NodeCredentials.hashOf(UNMISS_TOKEN))).isEmpty();
    }

    @Test
    void headquartersWithoutNodesRefusesEveryone() {
        assertThat(NodeCredentials.of(null).missionOf("Bearer " + UNMISS_TOKEN)).isEmpty();
        assertThat(NodeCredentials.of("").missions()).isEmpty();
    }

    @Test
    void malformedEntriesAreSkippedNotFatal() {
        NodeCredentials mixed = NodeCredentials.of("UNMISS=" + UNMISS_TOKEN + ",MINUSCA=" + NodeCredentials.hashOf(MINUSCA_TOKEN)
                + ",=abc,1BAD=" + NodeCredentials.hashOf(UNMISS_TOKEN));
        assertThat(mixed.missions()).containsExactly("MINUSCA");
        assertThat(mixed.missionOf("Bearer " + UNMISS_TOKEN)).isEmpty();
        assertThat(mixed.missionOf("Bearer " + MINUSCA_TOKEN)).contains("MINUSCA");
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        // printf %s abc | sha256sum
        assertThat(NodeCredentials.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
