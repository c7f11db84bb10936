import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load client for the cluster of config/bin/cluster (loopback only): a fixed number of requests by
 * a few signed-in demo contributors through the load balancer, reads (library page, document list, search,
 * downloads, previews) and writes (drafts, small uploads), in three rounds: one instance (the other put in
 * maintenance in HAProxy), two instances, and two with one killed (SIGKILL) half-way. Prints numbers only.
 *
 * <p>Arguments: cluster.env REQUESTS CLIENTS [no-kill] (no-kill: the first two rounds only).
 */
public final class ClusterBench {

    private static final String[] WORDS = {"peacekeeping", "protection", "civilians", "mission", "partnership",
        "mandate", "police", "gender", "training", "ceasefire"};

    private final Properties cluster = new Properties();
    private final String lb;
    private final List<String> instances;
    private final List<DemoSession> clients = new ArrayList<>();
    private final List<Long> published = new ArrayList<>();

    private ClusterBench(Path env) throws IOException {
        try (Reader in = Files.newBufferedReader(env)) {
            cluster.load(in);
        }
        lb = cluster.getProperty("LB_URL");
        instances = List.of(cluster.getProperty("INSTANCES").replace("\"", "").trim().split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        ClusterBench bench = new ClusterBench(Path.of(args[0]));
        int requests = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        bench.run(requests, clients, args.length < 4 || !args[3].equals("no-kill"));
    }

    /** What one round measured. */
    private static final class Round {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger failedAfterKill = new AtomicInteger();
        final ConcurrentLinkedQueue<long[]> acknowledged = new ConcurrentLinkedQueue<>(); // client, document id
        final AtomicLong killedAt = new AtomicLong();
        long elapsedNanos;
    }

    private void run(int requests, int clientCount, boolean failoverRound) throws Exception {
        for (int i = 0; i < clientCount; i++) {
            clients.add(new DemoSession(lb));
        }
        Matcher ids = Pattern.compile("\"documentId\"\\s*:\\s*(\\d+)").matcher(
                clients.get(0).http.send(get(lb + "/intranet/api/v1/documents?status=PROMULGATED&size=20"),
                        HttpResponse.BodyHandlers.ofString()).body());
        while (ids.find()) {
            published.add(Long.parseLong(ids.group(1)));
        }
        System.out.printf("cluster bench: %d requests per round, %d clients, %d published documents to read, load balancer %s%n",
                requests, clientCount, published.size(), lb);

        haproxy("disable server instances/" + instances.get(1));
        report("one instance", round(requests, null));
        haproxy("enable server instances/" + instances.get(1));
        Thread.sleep(3000);
        report("two instances", round(requests, null));
        if (!failoverRound) {
            return;
        }

        String victim = instances.get(0);
        Round failover = round(requests, victim);
        report("two, " + victim + " killed", failover);
        int lost = 0;
        for (long[] write : failover.acknowledged) {
            HttpResponse<String> back = clients.get((int) write[0]).http.send(get(lb + "/intranet/api/v1/documents/" + write[1]),
                    HttpResponse.BodyHandlers.ofString());
            if (back.statusCode() != 200) {
                lost++;
            }
        }
        int survived = 0;
        for (DemoSession client : clients) {
            if (client.http.send(get(lb + "/intranet/api/v1/me"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                survived++;
            }
        }
        System.out.printf("failover  requests failed after the kill %d, acknowledged writes %d, lost %d, sessions kept %d of %d%n",
                failover.failedAfterKill.get(), failover.acknowledged.size(), lost, survived, clients.size());
    }

    private Round round(int requests, String victim) throws Exception {
        Round round = new Round();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients.size(); c++) {
            int client = c;
            work.add(pool.submit(() -> {
                Random random = new Random(client);
                int n;
                while ((n = next.getAndIncrement()) < requests) {
                    if (victim != null && n == requests / 2) {
                        kill(victim, round);
                    }
                    one(client, random, round);
                }
                return null;
            }));
        }
        for (Future<?> w : work) {
            w.get();
        }
        round.elapsedNanos = System.nanoTime() - start;
        pool.shutdown();
        return round;
    }

    /** One request of the mix; a write counts as acknowledged once the server answered it with success. */
    private void one(int client, Random random, Round round) {
        DemoSession session = clients.get(client);
        int pick = random.nextInt(100);
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response;
            if (pick < 30) {
                response = session.http.send(get(lb + "/intranet/library/index.xhtml"), HttpResponse.BodyHandlers.ofString());
            } else if (pick < 45) {
                response = session.http.send(get(lb + "/intranet/api/v1/documents?size=20"), HttpResponse.BodyHandlers.ofString());
            } else if (pick < 65) {
                response = session.http.send(get(lb + "/intranet/api/v1/search?q=" + WORDS[random.nextInt(WORDS.length)]),
                        HttpResponse.BodyHandlers.ofString());
            } else if (pick < 75 && !published.isEmpty()) {
                response = session.http.send(get(lb + "/intranet/api/v1/documents/" + published.get(random.nextInt(published.size()))
                        + "/versions/1/file"), HttpResponse.BodyHandlers.ofString());
            } else if (pick < 80 && !published.isEmpty()) {
                response = session.http.send(get(lb + "/intranet/library/preview?id=" + published.get(random.nextInt(published.size()))
                        + "&version=1&size=thumb&page=1"), HttpResponse.BodyHandlers.ofString());
            } else {
                String reference = "BENCH." + Long.toString(System.nanoTime(), 36).toUpperCase() + client;
                response = session.http.send(HttpRequest.newBuilder(URI.create(lb + "/intranet/api/v1/documents"))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"OTHER\","
                                + "\"referenceNumber\":\"" + reference + "\",\"titleEn\":\"Cluster bench " + reference
                                + "\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices Service\","
                                + "\"mission\":\"HQ\",\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher id = Pattern.compile("\"documentId\"\\s*:\\s*(\\d+)").matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    round.acknowledged.add(new long[] {client, Long.parseLong(id.group(1))});
                    if (pick >= 95) {
                        HttpResponse<String> put = session.http.send(HttpRequest.newBuilder(URI.create(lb
                                + "/intranet/api/v1/documents/" + id.group(1) + "/versions/1/file?name=bench.txt"))
                                .header("Content-Type", "text/plain").header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofString(
                                        "Cluster benchmark file " + reference + "\n")).build(), HttpResponse.BodyHandlers.ofString());
                        response = put;
                    }
                }
            }
            if (response.statusCode() >= 400) {
                fail(round);
            }
        } catch (IOException | InterruptedException e) {
            fail(round);
        }
        round.latencies.add(System.nanoTime() - t0);
    }

    private static void fail(Round round) {
        round.failed.incrementAndGet();
        if (round.killedAt.get() != 0) {
            round.failedAfterKill.incrementAndGet();
        }
    }

    /** SIGKILL to the instance, then how long until HAProxy's health check has taken it out. */
    private void kill(String victim, Round round) {
        try {
            long pid = Long.parseLong(Files.readString(Path.of(cluster.getProperty(victim + "_PID_FILE"))).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            round.killedAt.set(System.nanoTime());
            Thread watcher = new Thread(() -> {
                try {
                    while (!haproxy("show stat").lines().anyMatch(l -> l.startsWith("instances," + victim + ",")
                            && l.split(",")[17].startsWith("DOWN"))) {
                        Thread.sleep(50);
                    }
                    System.out.printf("failover  %s killed; HAProxy marked it down after %d ms%n", victim,
                            (System.nanoTime() - round.killedAt.get()) / 1_000_000);
                } catch (Exception e) {
                    System.out.println("failover  could not watch HAProxy: " + e);
                }
            });
            watcher.setDaemon(true);
            watcher.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot kill " + victim, e);
        }
    }

    /** A command on HAProxy's admin socket (Unix domain socket, no socat needed); returns its answer. */
    private String haproxy(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(cluster.getProperty("HAPROXY_SOCKET")))) {
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static void report(String name, Round round) {
        List<Long> sorted = new ArrayList<>(round.latencies);
        Collections.sort(sorted);
        double seconds = round.elapsedNanos / 1e9;
        System.out.printf("%-22s %5d requests in %6.1f s: %6.1f/s, p50 %5.0f ms, p95 %5.0f ms, failed %d%n", name, sorted.size(),
                seconds, sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 95), round.failed.get());
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
