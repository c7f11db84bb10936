package org.peaceops.intranet.training.domain;

import java.time.ZoneId;
import java.util.Map;

/**
 * The time zone in which a mission's due dates fall (due dates are calendar days where the person
 * serves). Missions not listed, and headquarters, count in UTC, never in the server's zone.
 */
public final class MissionTimeZones {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UNMISS", ZoneId.of("Africa/Juba")),
            Map.entry("MINUSCA", ZoneId.of("Africa/Bangui")),
            Map.entry("MONUSCO", ZoneId.of("Africa/Kinshasa")),
            Map.entry("MINUSMA", ZoneId.of("Africa/Bamako")),
            Map.entry("UNISFA", ZoneId.of("Africa/Khartoum")),
            Map.entry("MINURSO", ZoneId.of("Africa/El_Aaiun")),
            Map.entry("UNIFIL", ZoneId.of("Asia/Beirut")),
            Map.entry("UNDOF", ZoneId.of("Asia/Damascus")),
            Map.entry("UNFICYP", ZoneId.of("Asia/Nicosia")),
            Map.entry("UNMIK", ZoneId.of("Europe/Belgrade")),
            Map.entry("UNMOGIP", ZoneId.of("Asia/Karachi")),
            Map.entry("UNTSO", ZoneId.of("Asia/Jerusalem")),
            Map.entry("HQ", ZoneId.of("America/New_York")));

    private MissionTimeZones() {
    }

    /** The missions with a zone of their own (the others count in UTC). */
    public static java.util.Set<String> missions() {
        return ZONES.keySet();
    }

    public static ZoneId of(String mission) {
        return mission == null ? ZoneId.of("UTC") : ZONES.getOrDefault(mission, ZoneId.of("UTC"));
    }
}
