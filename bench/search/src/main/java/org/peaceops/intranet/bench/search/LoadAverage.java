package org.peaceops.intranet.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average (1, 5, 15 minutes), printed beside every figure: the machine may be shared. */
final class LoadAverage {

    private LoadAverage() {
    }

    static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }
}
