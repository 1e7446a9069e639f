package org.medlist.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The seeds of a randomized test: one per case, the same on every run (so a failure in CI fails again
 * here), each shown in the case's display name. {@code -Dmedlist.seed=N} runs only seed N, for every
 * property of the class, to replay a failure in a debugger; {@code -Dmedlist.fuzz.runs=K} multiplies the
 * number of cases by K, with further fixed seeds, for a longer search.
 */
final class Seeds {
    /** The display name of a case: JUnit's index and the seed to replay it. */
    static final String NAME = "[{index}] seed={0}";

    private Seeds() {}

    /** One case of a property: what it checks, given the case's random source. */
    @FunctionalInterface
    interface Case {
        void check(SplittableRandom random) throws Exception;
    }

    /** Runs one case; a failure names its seed and how to replay it, whatever the test report shows. */
    static void check(long seed, Case property) throws Exception {
        try {
            property.check(new SplittableRandom(seed));
        } catch (AssertionError | RuntimeException e) {
            StackWalker.StackFrame caller = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow();
            String test = caller.getClassName().substring(caller.getClassName().lastIndexOf('.') + 1) + "#" + caller.getMethodName();
            throw new AssertionError("Failed with seed " + seed + " (replay: mvn -B test -Dtest='" + test + "' -Dmedlist.seed=" + seed + ")\n"
                    + e.getMessage(), e);
        }
    }

    static List<Long> forProperty(String property, int cases) {
        String replay = System.getProperty("medlist.seed", "").strip();
        if (!replay.isEmpty()) return List.of(Long.parseLong(replay));
        int runs = Integer.getInteger("medlist.fuzz.runs", 1);
        // A fixed seed per property, so adding a property does not change the cases of the others.
        SplittableRandom seeds = new SplittableRandom(property.hashCode() * 0x9E3779B97F4A7C15L);
        return LongStream.generate(seeds::nextLong).limit((long) cases * Math.max(1, runs)).boxed().toList();
    }
}
