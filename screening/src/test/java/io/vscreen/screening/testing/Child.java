package io.vscreen.screening.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code vscreen} command line running in its own JVM on the test class path. */
public final class Child {

    private static final Pattern EXECUTION = Pattern.compile("^job execution (\\d+)");

    private final Process process;
    private final Path log;
    private final BufferedReader stdout;
    private final List<String> lines = new ArrayList<>();

    private Child(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static Child start(Path dir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.vscreen.screening.cli.Main");
        command.addAll(List.of(args));
        Path log = dir.resolve(name + ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
        return new Child(pb.start(), log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long awaitExecutionId() throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            lines.add(line);
            Matcher m = EXECUTION.matcher(line);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no execution id from the child: " + log());
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }

    public int awaitExit(Duration timeout) throws Exception {
        Thread drain = new Thread(() -> {
            try {
                String l;
                while ((l = stdout.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        drain.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish: " + log());
        }
        drain.join(5000);
        return process.exitValue();
    }

    /** The lines the child has written to standard output so far (all of them after {@link #awaitExit}). */
    public List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public String log() {
        try {
            synchronized (lines) {
                return "stdout " + lines + "\nstderr " + Files.readString(log);
            }
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Waits until the partition result files hold at least {@code lines} lines together. */
    public static void awaitResultLines(Path out, long lines, Child child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            long n = 0;
            Path work = out.resolve(".vscreen");
            if (Files.isDirectory(work)) {
                try (var files = Files.list(work)) {
                    for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".results.tsv"))::iterator) {
                        n += countLines(p);
                    }
                }
            }
            if (n >= lines) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("child ended before " + lines + " result lines: " + child.log());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no " + lines + " result lines in time: " + child.log());
    }

    private static long countLines(Path p) throws IOException {
        long n = 0;
        for (byte b : Files.readAllBytes(p)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
