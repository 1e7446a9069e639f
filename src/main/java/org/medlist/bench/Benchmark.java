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
        pdfSummary(kb, generics, out);
        out.put("peak_heap_mb", peakHeapMb());
        return out;
    }

    /** Reading a person with 30 medicines from a real database, checking them and laying out the PDF. */
    private static void pdfSummary(KnowledgeBase kb, List<String> generics, Map<String, Object> out) throws Exception {
        Path dir = Files.createTempDirectory("medlist-bench-pdf");
        Path file = dir.resolve("bench.db");
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        try (org.medlist.app.MedList app = new org.medlist.app.MedList(new org.medlist.app.Knowledge(kb, clock), org.medlist.store.Database.open(file), clock)) {
            org.medlist.model.Person p = app.addPerson("Benchmark Person");
            List<String> names = new ArrayList<>(generics);
            java.util.Collections.shuffle(names, new Random(SEED + 30));
            for (String n : names.subList(0, 30)) {
                org.medlist.model.MedicationDetails d = new org.medlist.model.MedicationDetails(n, "10 mg", "1 tablet", "", "",
                        java.util.EnumSet.of(org.medlist.model.TimeOfDay.MORNING), "", "", "", java.util.Optional.empty(), "",
                        org.medlist.model.Kind.PRESCRIPTION);
                app.add(p.id(), d);
            }
            int[] pages = new int[1];
            long first = System.nanoTime();
            pages[0] = org.medlist.summary.SummaryPdf.render(app.summary(p), org.medlist.summary.SummaryPdf.Options.standard()).pages();
            out.put("pdf_summary_30_first_ms", ms(System.nanoTime() - first));
            out.put("pdf_summary_30_median_ms", round(median(time(() -> org.medlist.summary.SummaryPdf.render(app.summary(p),
                    org.medlist.summary.SummaryPdf.Options.standard()), 10))));
            out.put("pdf_summary_30_pages", pages[0]);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(file + suffix));
            org.medlist.store.Backups.automaticBackups(file).forEach(b -> b.toFile().delete());
            Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
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
