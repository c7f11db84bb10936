import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of processes, read from Linux's /proc: what the benchmarks set beside wall time to tell work from
 * waiting, and to compare paths that spread one file's work over several processes (server, parsing
 * children, PostgreSQL) with one that does it in one JVM.
 */
final class ProcCpu {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ProcCpu() {
    }

    /** This JVM and its child processes, alive or ended and waited for. */
    static double selfAndChildren() {
        ProcessHandle self = ProcessHandle.current();
        return seconds(self.pid(), true) + self.children().mapToDouble(c -> seconds(c.pid(), false)).sum();
    }

    /**
     * utime + stime of a process (fields 14 and 15 of /proc/PID/stat) in seconds; with {@code reaped}
     * also those of its ended children it waited for (fields 16 and 17). 0 for a process that is gone.
     */
    static double seconds(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (reaped) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
