package org.peaceops.intranet.training.scorm.domain;

import java.util.Optional;

/** The SCORM editions a package may be written for, recognised by the manifest's schema version. */
public enum ScormVersion {
    SCORM_12("1.2"),
    SCORM_2004_2ND("2004 2nd Edition"),
    SCORM_2004_3RD("2004 3rd Edition"),
    SCORM_2004_4TH("2004 4th Edition");

    private final String label;

    ScormVersion(String label) {
        this.label = label;
    }

    /** How the trainer is shown it, such as {@code 2004 4th Edition}. */
    public String label() {
        return label;
    }

    /** Whether the SCO talks to {@code API_1484_11} (2004) rather than {@code API} (1.2). */
    public boolean is2004() {
        return this != SCORM_12;
    }

    /**
     * The edition a manifest's {@code <schemaversion>} names. SCORM 2004 2nd edition wrote {@code CAM 1.3};
     * the later editions write their name.
     */
    public static Optional<ScormVersion> ofSchemaVersion(String schemaVersion) {
        String v = schemaVersion == null ? "" : schemaVersion.strip();
        return Optional.ofNullable(switch (v) {
            case "1.2" -> SCORM_12;
            case "CAM 1.3", "2004 2nd Edition" -> SCORM_2004_2ND;
            case "2004 3rd Edition" -> SCORM_2004_3RD;
            case "2004 4th Edition" -> SCORM_2004_4TH;
            default -> null;
        });
    }
}
