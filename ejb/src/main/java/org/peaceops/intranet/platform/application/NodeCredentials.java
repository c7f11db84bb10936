package org.peaceops.intranet.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.shared.Sha256;

/**
 * The credentials of the mission nodes, at headquarters: {@code intranet.node.tokens} (environment
 * {@code INTRANET_NODE_TOKENS}), {@code UNMISS=<sha256 hex>,MINUSCA=<sha256 hex>}. Headquarters keeps only
 * the SHA-256 of each node's token, never the token: a copy of the configuration lets nobody act as a node.
 * A node sends its token ({@code intranet.node.token}) as {@code Authorization: Bearer <token>}; it is
 * hashed and compared with every mission's hash in constant time, so neither the answer's timing nor an
 * early exit tells how much of a guess was right. Not a person's sign-in: a node may only fetch content.
 */
@ApplicationScoped
public class NodeCredentials {

    private static final Logger LOG = Logger.getLogger(NodeCredentials.class.getName());
    private static final Pattern MISSION = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,19}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "intranet.node.tokens")
    Optional<String> configured;

    /** Mission code to the SHA-256 of its node's token (32 bytes). */
    private Map<String, byte[]> hashes = Map.of();

    public NodeCredentials() {
    }

    /** The credentials of {@code tokens} ({@code MISSION=<sha256 hex>,...}); entries that are not valid are skipped and logged. */
    public static NodeCredentials of(String tokens) {
        NodeCredentials credentials = new NodeCredentials();
        credentials.configured = Optional.ofNullable(tokens);
        credentials.parse();
        return credentials;
    }

    @PostConstruct
    void parse() {
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        for (String entry : (configured == null ? "" : configured.orElse("")).split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String mission = eq < 0 ? "" : item.substring(0, eq).strip();
            String hash = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (!MISSION.matcher(mission).matches() || !SHA256.matcher(hash).matches()) {
                // The value is not logged: an operator may have pasted the token itself by mistake.
                LOG.warning(() -> "intranet.node.tokens: an entry is not MISSION=<64 hex digits of SHA-256> and is ignored"
                        + (MISSION.matcher(mission).matches() ? " (mission " + mission + ")" : ""));
                continue;
            }
            parsed.put(mission.toUpperCase(Locale.ROOT), HexFormat.of().parseHex(hash.toLowerCase(Locale.ROOT)));
        }
        hashes = Collections.unmodifiableMap(parsed);
    }

    /** The missions that have a node credential, in the order configured. */
    public java.util.List<String> missions() {
        return java.util.List.copyOf(hashes.keySet());
    }

    /**
     * The mission whose node sent this {@code Authorization} header, or empty for a missing, malformed or
     * unknown credential. Every configured hash is compared, whatever matched, in constant time each.
     */
    public Optional<String> missionOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = Sha256.of(token);
        String found = null;
        for (Map.Entry<String, byte[]> entry : hashes.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getValue()) && found == null) {
                found = entry.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The hex SHA-256 of a token, as {@code intranet.node.tokens} holds it. */
    public static String hashOf(String token) {
        return Sha256.hexOf(token);
    }
}
