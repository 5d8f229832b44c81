package org.rookery.adapters.uci;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;

/**
 * One engine process and its pipes: commands written to its input, lines read from its output by
 * a daemon thread into a queue, so a read can wait with a deadline. Its error output is
 * discarded. Used by one thread at a time, except {@link #kill()}, which any thread may call.
 */
final class UciProcess implements AutoCloseable {
    /** Put in the queue once the output ends: the process died or closed its output. */
    private static final String END = new String("<end of output>");
    private final Process process;
    private final BufferedWriter input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private UciProcess(Process process) {
        this.process = process;
        this.input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII));
        Thread.ofPlatform().daemon().name("uci-output-" + process.pid()).start(this::readOutput);
    }

    static UciProcess start(EngineCommand command) {
        try {
            return new UciProcess(new ProcessBuilder(command.command()).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            throw new EngineProcessException(Replacement.START_FAILED, "cannot start " + command.command() + ": " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    void send(String command) {
        try {
            input.write(command);
            input.write('\n');
            input.flush();
        } catch (IOException e) {
            throw new EngineProcessException(Replacement.CRASHED, "engine " + pid() + " no longer reads its input (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The next line of output, or null when none came by the deadline ({@link System#nanoTime()}).
     *
     * @throws EngineProcessException CRASHED when the output ended
     */
    String nextLine(long deadlineNanos) throws InterruptedException {
        String line = lines.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == END) {
            lines.add(END); // every later read sees the end too
            boolean exited = process.waitFor(200, TimeUnit.MILLISECONDS); // the output ends just before the exit
            String exit = exited ? "exited with status " + process.exitValue() : "closed its output";
            throw new EngineProcessException(Replacement.CRASHED, "engine " + pid() + " " + exit);
        }
        return line;
    }

    /** Kills the process and whatever it started, and waits briefly for it to go. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the engine to quit, and kills it if it has not gone shortly after. */
    @Override
    public void close() {
        try {
            send("quit");
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) return;
        } catch (EngineProcessException e) {
            // already gone or deaf: kill below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    private void readOutput() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) lines.add(line);
        } catch (IOException e) {
            // the process died under us: the end marker says so
        } finally {
            lines.add(END);
        }
    }
}
