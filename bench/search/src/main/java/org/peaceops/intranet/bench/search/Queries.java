package org.peaceops.intranet.bench.search;

import java.util.List;

/**
 * The fixed queries, each as the search box takes it and as the equivalent PostgreSQL tsquery
 * (to_tsquery syntax with the English configuration).
 */
final class Queries {

    record Query(String box, String tsquery) {
    }

    static final List<Query> ALL = List.of(
            new Query("peacekeeping", "peacekeeping"),
            new Query("protection of civilians", "protection & civilians"),
            new Query("\"best practices\"", "best <-> practices"),
            new Query("training AND police", "training & police"),
            new Query("integrat*", "integrat:*"),
            new Query("title:peacekeeping", "peacekeeping:A"),
            new Query("gender OR women", "gender | women"),
            new Query("rule of law NOT military", "rule & law & !military"),
            new Query("logistics support", "logistics & support"),
            new Query("mission planning process", "mission & planning & process"),
            new Query("pre-deployment training", "pre-deployment & training"),
            new Query("troop contributing countries", "troop & contributing & countries"),
            new Query("doctrine guidance", "doctrine & guidance"),
            new Query("\"rapid deployment\"", "rapid <-> deployment"),
            new Query("conduct discipline", "conduct & discipline"),
            new Query("capabilities standards equipment", "capabilities & standards & equipment"),
            new Query("security council mandate", "security & council & mandate"),
            new Query("evaluat* performance", "evaluat:* & performance"),
            new Query("humanitarian coordination", "humanitarian & coordination"),
            new Query("sector 1234", "sector & 1234"));

    private Queries() {
    }
}
