package org.peaceops.intranet.web.toolbox.community;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peaceops.intranet.toolbox.community.application.LinkedDocument;

/**
 * The guidance picker of the ask and link forms: keys are document ids as text (what the autocomplete
 * submits), with the label each was offered with.
 */
final class DocumentPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> labels = new LinkedHashMap<>();

    List<String> offer(List<LinkedDocument> found) {
        List<String> keys = new ArrayList<>();
        for (LinkedDocument d : found) {
            String key = String.valueOf(d.documentId());
            labels.put(key, d.referenceNumber() + " — " + (d.title() == null ? "" : d.title()));
            keys.add(key);
        }
        return keys;
    }

    String label(String key) {
        return key == null ? "" : labels.getOrDefault(key, key);
    }

    /** The ids picked; a key the picker never offered is left out. */
    static List<Long> ids(List<String> keys, Function<String, Boolean> offered) {
        List<Long> ids = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            if (key != null && key.matches("\\d{1,18}") && offered.apply(key)) {
                ids.add(Long.valueOf(key));
            }
        }
        return ids;
    }

    boolean offered(String key) {
        return labels.containsKey(key);
    }
}
