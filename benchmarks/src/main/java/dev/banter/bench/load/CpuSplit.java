package dev.banter.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where this JVM's CPU time goes, by what its threads do: the lanes, the generator, the garbage collector, the
 * compilers and the rest. It reads every thread's user and system time from {@code /proc/self/task} (Linux; GC and
 * compiler threads are not Java threads, so the JMX thread bean cannot see them), in clock ticks of 1/100 s, the
 * {@code USER_HZ} of every mainstream Linux build. Elsewhere a reading is empty and so is the split.
 */
final class CpuSplit {

    /** The groups, in the order a split lists them. */
    static final List<String> GROUPS = List.of("lanes", "generator", "gc", "compiler", "other");

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICKS_PER_SECOND = 100;

    /** Every thread's ticks at one moment, by thread id, with the group its name puts it in. */
    record Reading(long nanos, Map<Long, Ticks> threads) {}

    /** One thread's CPU ticks so far and its group. */
    record Ticks(String group, long ticks) {}

    private CpuSplit() {}

    /**
     * The kernel's id of the calling thread, or -1 where there is no {@code /proc/thread-self}. The generator is
     * known by its id: it is usually Java's {@code main} thread, which the kernel knows only as {@code java}.
     */
    static long currentThreadId() {
        try {
            return Long.parseLong(
                    Path.of("/proc/thread-self").toRealPath().getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Reads every thread of this JVM; {@code generator} is the kernel's id of the thread that sends the traffic. */
    static Reading read(long generator) {
        Map<Long, Ticks> threads = new HashMap<>();
        long now = System.nanoTime();
        if (!Files.isDirectory(TASKS)) {
            return new Reading(now, threads);
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                Ticks t = parse(stat);
                if (t != null) {
                    long id = Long.parseLong(task.getFileName().toString());
                    threads.put(id, id == generator ? new Ticks("generator", t.ticks()) : t);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return new Reading(now, Map.of());
        }
        return new Reading(now, threads);
    }

    /**
     * One {@code /proc/<pid>/task/<tid>/stat} line: the name in parentheses (which may hold spaces and parentheses
     * itself, hence the last closing one), then the fields after it; user and system time are the 14th and 15th.
     *
     * @return null for a line of another shape
     */
    static @Nullable Ticks parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String name = stat.substring(open + 1, close);
        String[] rest = stat.substring(close + 1).trim().split("\\s+");
        // rest[0] is field 3 (the state), so field n is rest[n - 3]
        if (rest.length < 13) {
            return null;
        }
        try {
            long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
            return new Ticks(groupOf(name), ticks);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The group of a thread other than the generator by its name, as the kernel keeps it (at most 15 chars). */
    static String groupOf(String name) {
        if (name.contains("-lane-")) {
            return "lanes";
        }
        if (isCollector(name)) {
            return "gc";
        }
        if (name.contains("CompilerThre") || name.startsWith("TruffleCompile") || name.startsWith("JVMCI")) {
            return "compiler";
        }
        return "other";
    }

    // G1's and Parallel's workers ("GC Thread#0", "G1 Conc#0", "G1 Refine#0"), ZGC's ("ZWorkerYoung#0",
    // "ZDriverMinor", "ZDirector", "ZStat"...) and Shenandoah's ("Shenandoah GC Threads#0", "Shenandoah Control")
    private static boolean isCollector(String name) {
        return name.startsWith("GC Thread")
                || name.startsWith("G1 ")
                || name.startsWith("Shenandoah")
                || (name.length() > 1 && name.charAt(0) == 'Z' && Character.isUpperCase(name.charAt(1)));
    }

    /**
     * The cores each group kept busy between two readings, in {@link #GROUPS} order: CPU seconds over wall seconds.
     * A thread that started in between counts from zero; one that ended in between is not counted.
     */
    static Map<String, Double> cores(Reading from, Reading to) {
        Map<String, Double> cores = new LinkedHashMap<>();
        if (to.threads().isEmpty()) {
            return cores;
        }
        double wall = Math.max(1e-9, (to.nanos() - from.nanos()) / 1e9);
        for (String g : GROUPS) {
            cores.put(g, 0.0);
        }
        for (Map.Entry<Long, Ticks> e : to.threads().entrySet()) {
            Ticks now = e.getValue();
            Ticks before = from.threads().get(e.getKey());
            boolean same = before != null && before.group().equals(now.group()) && before.ticks() <= now.ticks();
            long ticks = now.ticks() - (same ? before.ticks() : 0); // else a new thread that got an old id
            cores.merge(now.group(), ticks / TICKS_PER_SECOND / wall, Double::sum);
        }
        return cores;
    }
}
