package org.peaceops.intranet.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.shared.refusal.Unavailable;

/**
 * Whether this instance is headquarters or a mission node. A node ({@code intranet.node.headquarters-url}
 * set, environment {@code INTRANET_NODE_HEADQUARTERS_URL}) receives the catalogue, the training catalogue
 * and the people directory from headquarters by PostgreSQL logical replication: those tables are
 * headquarters' copy, so any change to them made here would be overwritten, or would stop the replication
 * with a conflict. Such changes (drafting, approving, promulgating, managing training, administration) are
 * refused here with a reason the person can be told, before anything is written.
 */
@ApplicationScoped
public class MissionNode {

    /** The bundle key of the refusal; its message names headquarters. */
    public static final String HEADQUARTERS_ONLY = "node.headquartersOnly";

    @Inject
    @ConfigProperty(name = "intranet.node.headquarters-url")
    Optional<String> configured;

    private String headquarters;

    public MissionNode() {
    }

    /** A node of the headquarters at {@code url}, or headquarters itself when it is blank or {@code null}. */
    public static MissionNode of(String url) {
        MissionNode node = new MissionNode();
        node.configured = Optional.ofNullable(url);
        node.resolve();
        return node;
    }

    @PostConstruct
    void resolve() {
        headquarters = configured == null ? null : configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    public boolean isNode() {
        return headquarters != null;
    }

    /** The address of headquarters, on a node. */
    public Optional<String> headquarters() {
        return Optional.ofNullable(headquarters);
    }

    /**
     * Refuses, on a node, a change that only headquarters makes.
     *
     * @param what what was asked (for the log and the developer message), such as {@code APPROVE}
     */
    public void requireHeadquarters(Object what) {
        if (isNode()) {
            throw new Unavailable(HEADQUARTERS_ONLY, what + " is done at headquarters (" + headquarters
                    + "): this mission node keeps a read-only copy of the catalogue", headquarters);
        }
    }
}
