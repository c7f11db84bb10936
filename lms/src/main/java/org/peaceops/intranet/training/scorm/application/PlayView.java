package org.peaceops.intranet.training.scorm.application;

import java.util.List;
import java.util.Map;

/**
 * What the player page needs to run one SCO: the attempt the commits go to, the edition (which API the
 * run-time offers), the table of contents, the content URL of the item (under the package's own content
 * path), and the data the run-time starts from (resumed from the last visit).
 */
public record PlayView(long courseId, long lessonId, String lessonTitle, long attemptId, boolean scorm2004,
        String packageSha256, int versionNumber, List<ItemView> items, String currentItem, String launchUrl,
        Map<String, String> startData, String learnerId, String learnerName, boolean lessonDone) {
}
