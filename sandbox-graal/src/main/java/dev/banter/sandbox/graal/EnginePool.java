package dev.banter.sandbox.graal;

import dev.banter.api.sandbox.ExtensionSource;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;

/**
 * Engines shared by the contexts of one extension version on one worker, so the parsed and compiled code is shared
 * too. An engine is closed when its last context is. Thread-safe.
 */
final class EnginePool implements AutoCloseable {

    /** An engine and the version's sources, held by one instance until it closes. */
    static final class Lease {
        private final String key;
        private final Engine engine;
        private final List<Source> sources;
        private final List<String> roles;
        private int holders;

        private Lease(String key, Engine engine, List<Source> sources, List<String> roles) {
            this.key = key;
            this.engine = engine;
            this.sources = sources;
            this.roles = roles;
        }

        Engine engine() {
            return engine;
        }

        /** The version's files, shared code first, main last. */
        List<Source> sources() {
            return sources;
        }

        /** Per source, the dialect handler it is the body of ({@code cb/2}), or {@code ""} for code run as it is. */
        List<String> roles() {
            return roles;
        }
    }

    private final Map<String, Lease> leases = new HashMap<>();
    private boolean closed;

    /** Makes an engine with no output of its own; contexts redirect theirs. */
    static Engine newEngine() {
        return Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    synchronized Lease acquire(ExtensionSource source, int worker, long statementLimit) {
        if (closed) {
            throw new IllegalStateException("the sandbox is closed");
        }
        String key = source.coordinates() + "#" + worker + "#" + statementLimit;
        Lease lease = leases.get(key);
        if (lease == null) {
            if (source.dialect().equals(Cb2.DIALECT)) {
                Cb2.Layout layout = Cb2.layout(source.files());
                lease = new Lease(key, newEngine(), layout.sources(), layout.roles());
            } else {
                List<Source> plain = sources(source);
                lease = new Lease(key, newEngine(), plain, java.util.Collections.nCopies(plain.size(), ""));
            }
            leases.put(key, lease);
        }
        lease.holders++;
        return lease;
    }

    synchronized void release(Lease lease) {
        if (--lease.holders == 0 && leases.remove(lease.key) == lease) {
            lease.engine.close(true);
        }
    }

    synchronized int size() {
        return leases.size();
    }

    private static List<Source> sources(ExtensionSource source) {
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(source.files()).entrySet()) {
            if (!file.getKey().equals(source.main())) {
                out.add(source(file.getKey(), file.getValue()));
            }
        }
        out.add(source(source.main(), source.files().get(source.main())));
        return List.copyOf(out);
    }

    private static Source source(String name, String code) {
        return Source.newBuilder("js", code, name).cached(true).buildLiteral();
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Lease lease : leases.values()) {
            lease.engine.close(true);
        }
        leases.clear();
    }
}
