package org.peaceops.intranet.platform.application;

import jakarta.ejb.ScheduleExpression;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the nightly jobs (review dates, recertification) fire: {@code intranet.jobs.nightly-at}, a time of
 * day {@code HH:MM} in the server's time zone (default {@value #DEFAULT}), or {@code every-minute}. Every
 * minute is for a cluster check or a demonstration: the jobs still claim their night ({@link org.peaceops.intranet.shared.schedule.JobClaims}),
 * so the first firing of a night runs them and every later one of that night finds them done.
 */
public final class NightlySchedule {

    /** The configuration key. */
    public static final String KEY = "intranet.jobs.nightly-at";
    /** Its default, a quiet hour at headquarters. */
    public static final String DEFAULT = "02:15";
    /** The value that fires the nightly timers every minute. */
    public static final String EVERY_MINUTE = "every-minute";

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private NightlySchedule() {
    }

    /**
     * @param configured the key's value; blank means the default
     * @throws IllegalArgumentException for anything but {@code HH:MM} or {@value #EVERY_MINUTE}, so a
     *         mistyped schedule stops the deployment instead of leaving the jobs never run
     */
    public static ScheduleExpression of(String configured) {
        String value = configured == null || configured.isBlank() ? DEFAULT : configured.strip();
        if (value.equals(EVERY_MINUTE)) {
            return new ScheduleExpression().hour("*").minute("*");
        }
        Matcher time = TIME.matcher(value);
        if (!time.matches()) {
            throw new IllegalArgumentException(KEY + " = '" + value + "': expected HH:MM (e.g. " + DEFAULT
                    + ") or " + EVERY_MINUTE);
        }
        return new ScheduleExpression().hour(Integer.parseInt(time.group(1))).minute(Integer.parseInt(time.group(2)));
    }
}
