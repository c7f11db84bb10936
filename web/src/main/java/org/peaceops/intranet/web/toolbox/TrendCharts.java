package org.peaceops.intranet.web.toolbox;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peaceops.intranet.toolbox.application.trends.Count;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;

/**
 * The Chart.js configurations of the trends page, as the compliance page builds them for
 * {@code p:chart}: reports per month, one line per report type, and reports per mission as bars. JSON-P,
 * so type names from the bundles and definitions are escaped.
 */
final class TrendCharts {

    /** One colour per type, in order; distinguishable in print and for most colour-blind readers. */
    private static final List<String> COLOURS = List.of("#1f5c99", "#b26a00", "#2e7d32", "#8e24aa", "#c62828", "#00838f");

    private TrendCharts() {
    }

    static String overTime(TrendReport report, Function<String, String> typeName) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.months().stream().map(YearMonth::toString).forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<Long>> type : report.perMonthByType().entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            type.getValue().forEach(data::add);
            String colour = COLOURS.get(i++ % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", typeName.apply(type.getKey())).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("tension", 0.2));
        }
        return chart("line", labels, datasets);
    }

    static String byMission(List<Count> missions, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Count c : missions) {
            labels.add(c.value());
            data.add(c.count());
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", "#1f5c99");
        return chart("bar", labels, Json.createArrayBuilder().add(dataset));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
