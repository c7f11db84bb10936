package org.peaceops.intranet.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing at the demo sign-in: {@value #ACCOUNT_FAILURES} failures for one account
 * within {@link #WINDOW} pause that account, {@value #ADDRESS_FAILURES} failures from one client address
 * (whatever the accounts: a spray) pause that address, each for {@link #PAUSE}. A paused attempt is not
 * checked at all, so it neither counts nor extends the pause; a failure on one account never pauses
 * another, and the address limit is far above the account one so that colleagues behind one mission
 * gateway are not paused by one person's typos. Kept in memory (a restart forgets), with a bound on the
 * number of accounts and addresses tracked so that a flood of made-up names cannot exhaust memory.
 */
public final class SignInThrottle {

    public static final int ACCOUNT_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Tally> tallies = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    /** When the attempt is paused: the later of the account's and the address's pause ends. */
    public synchronized Optional<Instant> pausedUntil(String account, String address, Instant now) {
        Instant a = until(accountKey(account), now);
        Instant b = until(addressKey(address), now);
        Instant later = a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        return Optional.ofNullable(later);
    }

    public synchronized void failed(String account, String address, Instant now) {
        count(accountKey(account), ACCOUNT_FAILURES, now);
        count(addressKey(address), ADDRESS_FAILURES, now);
    }

    /** The right password: the account's earlier failures are forgiven (the address's are not). */
    public synchronized void succeeded(String account) {
        tallies.remove(accountKey(account));
    }

    private Instant until(String key, Instant now) {
        Tally tally = tallies.get(key);
        return tally != null && tally.pausedUntil != null && now.isBefore(tally.pausedUntil) ? tally.pausedUntil : null;
    }

    private void count(String key, int limit, Instant now) {
        Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
        while (!tally.failures.isEmpty() && !tally.failures.peekFirst().isAfter(now.minus(WINDOW))) {
            tally.failures.removeFirst();
        }
        tally.failures.addLast(now);
        if (tally.failures.size() >= limit) {
            tally.pausedUntil = now.plus(PAUSE);
            tally.failures.clear();
        }
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    private static final class Tally {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant pausedUntil;
    }
}
