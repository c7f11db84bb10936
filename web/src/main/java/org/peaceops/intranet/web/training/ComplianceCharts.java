package org.peaceops.intranet.web.training;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures;
import org.peaceops.intranet.training.compliance.domain.Trend;

/**
 * The Chart.js configurations PrimeFaces 15's {@code p:chart} draws (it takes the JSON model as its value):
 * the trend as a line, the state of the population as a doughnut, expiring certificates as bars. Built
 * with JSON-P so labels from the bundles are escaped.
 */
final class ComplianceCharts {

    private ComplianceCharts() {
    }

    static String trend(ComplianceFigures figures, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Trend.Point p : figures.trend()) {
            labels.add(p.month().toString());
            data.add(p.count());
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", "#1f5c99").add("backgroundColor", "rgba(31, 92, 153, 0.15)").add("fill", true)
                .add("tension", 0.2);
        return chart("line", labels, Json.createArrayBuilder().add(dataset), true);
    }

    static String population(ComplianceFigures figures, List<String> labels) {
        JsonArrayBuilder data = Json.createArrayBuilder()
                .add(figures.count(ComplianceFigure.COMPLIANT))
                .add(figures.count(ComplianceFigure.NOT_COMPLIANT) - figures.count(ComplianceFigure.OVERDUE))
                .add(figures.count(ComplianceFigure.OVERDUE));
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", data).add("backgroundColor",
                Json.createArrayBuilder().add("#2e7d32").add("#f9a825").add("#c62828"));
        return chart("doughnut", Json.createArrayBuilder(labels), Json.createArrayBuilder().add(dataset), false);
    }

    static String expiring(ComplianceFigures figures, List<String> labels, String label) {
        JsonArrayBuilder data = Json.createArrayBuilder().add(figures.count(ComplianceFigure.EXPIRING_30))
                .add(figures.count(ComplianceFigure.EXPIRING_60)).add(figures.count(ComplianceFigure.EXPIRING_90));
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", "#b26a00");
        return chart("bar", Json.createArrayBuilder(labels), Json.createArrayBuilder().add(dataset), true);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean axes) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("position", "bottom")));
        if (axes) {
            options.add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
