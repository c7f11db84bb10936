package org.peaceops.intranet.documents.infrastructure.tika;

import java.util.Arrays;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.peaceops.intranet.documents.infrastructure.tika.child.ContainedParser;

/**
 * A parser's failure in a child JVM, as the child reported it ({@link ContainedParser}): one instance
 * per cause, with the class names the child's exception had, so that the failure is judged on its
 * kind (encrypted, zip bomb, entity limit...) just as in process.
 */
final class ChildFailure extends TikaException {

    private static final long serialVersionUID = 1L;

    private final List<String> classNames;

    private ChildFailure(List<String> classNames, String message, ChildFailure cause) {
        super(message, cause);
        this.classNames = classNames;
    }

    /** The chain the child described, or null when it describes nothing. */
    static ChildFailure parse(String report) {
        String[] lines = report.split("\n");
        ChildFailure chain = null;
        for (int i = lines.length - 1; i >= 0; i--) {
            int cut = lines[i].indexOf(ContainedParser.SEPARATOR);
            if (cut < 0) {
                continue;
            }
            List<String> names = Arrays.asList(lines[i].substring(0, cut).strip().split(" "));
            chain = new ChildFailure(names, lines[i].substring(cut + ContainedParser.SEPARATOR.length()), chain);
        }
        return chain;
    }

    /** Whether the child's exception was of this class or a subclass of it. */
    boolean is(String className) {
        return classNames.contains(className);
    }

    /** The child's exception's simple class name. */
    String simpleName() {
        String name = classNames.isEmpty() ? "Exception" : classNames.get(0);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
