package dev.banter.sandbox.graal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * What a context's standard output or error becomes: lines handed to the instance's rate-limited log. A line is cut
 * at 4,096 bytes.
 */
final class LogStream extends OutputStream {

    private static final int MAX_LINE = 4096;

    private final String level;
    private final BiConsumer<String, String> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LogStream(String level, BiConsumer<String, String> sink) {
        this.level = level;
        this.sink = sink;
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (line.size() < MAX_LINE) {
            line.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        sink.accept(level, text);
    }
}
