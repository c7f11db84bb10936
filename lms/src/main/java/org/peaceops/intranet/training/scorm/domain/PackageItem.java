package org.peaceops.intranet.training.scorm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An entry of a kept package's table of contents (what {@link Sco} is once stored). */
@Embeddable
public class PackageItem {

    @Column(name = "identifier", nullable = false, length = 255)
    private String identifier;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "launch_path", nullable = false, length = 1000)
    private String launchPath;

    @Column(name = "launch_suffix", nullable = false, length = 1000)
    private String launchSuffix;

    @Column(name = "is_sco", nullable = false)
    private boolean sco;

    @Column(name = "mastery_score", precision = 7, scale = 4)
    private BigDecimal masteryScore;

    protected PackageItem() {
        // for JPA
    }

    PackageItem(Sco item) {
        this.identifier = item.identifier();
        this.title = clip(item.title(), 500);
        this.launchPath = item.launch().value();
        this.launchSuffix = item.launchSuffix();
        this.sco = item.sco();
        this.masteryScore = item.masteryScore();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Sco toSco() {
        return new Sco(identifier, title, new PackagePath(launchPath), launchSuffix, sco, masteryScore);
    }

    public String getIdentifier() {
        return identifier;
    }
}
