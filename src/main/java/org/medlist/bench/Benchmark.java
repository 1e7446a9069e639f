package org.medlist.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medlist.check.CheckInput;
import org.medlist.check.Checker;
import org.medlist.knowledge.InteractionRow;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolver;

/**
 * The performance figures anyone can reproduce with {@code medlist bench}. Inputs are drawn with a
 * fixed seed from the bundled dictionary, so two runs measure the same work. Keys are stable.
 */
public final class Benchmark {
    private static final long SEED = 20261127L;

    public Map<String, Object> run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("machine", machine());

        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.loadBundled();
        out.put("kb_load_ms", ms(System.nanoTime() - t0));
        out.put("kb_retained_heap_mb", (usedHeapAfterGc() - before) / (1024 * 1024));
        out.put("kb_names", kb.nameCount());
        Resolver resolver = new Resolver(kb);
        Checker checker = new Checker(kb);

        double[] keystrokes = autocomplete(kb, resolver);
        out.put("autocomplete_keystrokes", keystrokes.length);
        out.put("autocomplete_p50_ms", round(percentile(keystrokes, 50)));
        out.put("autocomplete_p99_ms", round(percentile(keystrokes, 99)));

        List<String> generics = kb.allNames().stream().filter(n -> n.kind().equals("generic")).map(NameEntry::name).toList();
        Path sqlFile = Files.createTempFile("medlist-bench", ".db");
        try (Connection sql = naiveTable(kb, sqlFile)) {
            for (int size : new int[] {10, 50, 200}) {
                List<CheckInput> list = randomList(resolver, generics, size, new Random(SEED + size));
                out.put("check_" + size + "_median_ms", round(median(time(() -> checker.check(list), size >= 200 ? 200 : 2000))));
                double naive = median(time(() -> naiveCheck(sql, list), size >= 200 ? 5 : 30));
                out.put("naive_sql_" + size + "_median_ms", round(naive));
                out.put("naive_sql_ratio_" + size, Math.round(naive / Math.max(1e-6, (double) out.get("check_" + size + "_median_ms"))));
            }
        } finally {
            Files.deleteIfExists(sqlFile);
        }

        List<String> names500 = new ArrayList<>(generics);
        java.util.Collections.shuffle(names500, new Random(SEED));
        List<String> five = names500.subList(0, 500);
        long t1 = System.nanoTime();
        List<CheckInput> resolved = five.stream().map(n -> {
            var r = resolver.resolve(n);
            return new CheckInput(n, r.ingredients(), List.of());
        }).toList();
        long t2 = System.nanoTime();
        checker.check(resolved);
        long t3 = System.nanoTime();
        out.put("resolve_500_names_ms", ms(t2 - t1));
        out.put("check_500_names_ms", ms(t3 - t2));
        out.put("peak_heap_mb", peakHeapMb());
        return out;
    }

    private static double[] autocomplete(KnowledgeBase kb, Resolver resolver) {
        Random random = new Random(SEED);
        List<NameEntry> all = kb.allNames();
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String name = all.get(random.nextInt(all.size())).name();
            for (int len = 1; len <= Math.min(8, name.length()); len++) typed.add(name.substring(0, len));
        }
        typed.forEach(t -> resolver.complete(t, 12)); // warm-up
        double[] samples = new double[typed.size()];
        for (int i = 0; i < typed.size(); i++) {
            long s = System.nanoTime();
            resolver.complete(typed.get(i), 12);
            samples[i] = (System.nanoTime() - s) / 1e6;
        }
        return samples;
    }

    private static List<CheckInput> randomList(Resolver resolver, List<String> names, int size, Random random) {
        List<CheckInput> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String n = names.get(random.nextInt(names.size()));
            list.add(new CheckInput(n, resolver.resolve(n).ingredients(), List.of()));
        }
        return list;
    }

    /** The baseline: every interaction row in an indexed SQLite table, one query per ingredient pair. */
    private static Connection naiveTable(KnowledgeBase kb, Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE interaction(a TEXT, b TEXT, source TEXT, severity TEXT)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO interaction VALUES (?,?,?,?)")) {
            SQLException[] failure = new SQLException[1];
            kb.forEachInteraction(r -> {
                try {
                    ins.setString(1, r.a());
                    ins.setString(2, r.b());
                    ins.setString(3, r.source());
                    ins.setString(4, r.severity().code());
                    ins.addBatch();
                } catch (SQLException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) throw failure[0];
            ins.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX interaction_pair ON interaction(a, b)");
        }
        c.commit();
        return c;
    }

    private static int naiveCheck(Connection c, List<CheckInput> list) {
        int found = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT source, severity FROM interaction WHERE a = ? AND b = ?")) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    for (String a : list.get(i).ingredients()) {
                        for (String b : list.get(j).ingredients()) {
                            q.setString(1, a.compareTo(b) < 0 ? a : b);
                            q.setString(2, a.compareTo(b) < 0 ? b : a);
                            try (ResultSet rs = q.executeQuery()) {
                                while (rs.next()) found++;
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static double[] time(Runnable work, int runs) {
        for (int i = 0; i < Math.max(3, runs); i++) work.run(); // warm-up: as many runs as are measured
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.run();
            samples[i] = (System.nanoTime() - s) / 1e6;
        }
        return samples;
    }

    private static double median(double[] v) { return percentile(v, 50); }

    private static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    private static double ms(long nanos) { return round(nanos / 1e6); }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return m;
    }
}
