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
 * The engines the contexts run on: one per statement limit in use, shared by every extension version and every
 * worker, so that code common to all contexts (the hardening and the dialect preludes) is parsed and compiled once,
 * and each version's own code once for all its rooms. Polyglot requires the contexts of one engine to share their
 * statement limit, hence one engine per limit. A version's sources are kept while one of its instances is open; an
 * engine is closed when its last context is. Thread-safe.
 */
final class EnginePool implements AutoCloseable {

    /** An engine and the contexts that hold it. */
    private static final class Shared {
        private final Engine engine;
        private int holders;

        private Shared(Engine engine) {
            this.engine = engine;
        }
    }

    /** An engine and the version's sources, held by one instance until it closes. */
    static final class Lease {
        private final String key;
        private final long statementLimit;
        private final Shared shared;
        private final List<Source> sources;
        private final List<String> roles;
        private int holders;

        private Lease(String key, long statementLimit, Shared shared, List<Source> sources, List<String> roles) {
            this.key = key;
            this.statementLimit = statementLimit;
            this.shared = shared;
            this.sources = sources;
            this.roles = roles;
        }

        Engine engine() {
            return shared.engine;
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
    private final Map<Long, Shared> engines = new HashMap<>();
    private final SandboxPolicy policy;
    private boolean closed;

    /** A pool whose engines run under {@code policy}: {@code TRUSTED} only to count statements (see StatementCounter). */
    EnginePool(SandboxPolicy policy) {
        this.policy = policy;
    }

    /** Makes an engine with no output of its own; contexts redirect theirs. */
    static Engine newEngine() {
        return newEngine(SandboxPolicy.CONSTRAINED);
    }

    static Engine newEngine(SandboxPolicy policy) {
        return Engine.newBuilder("js")
                .sandbox(policy)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    synchronized Lease acquire(ExtensionSource source, long statementLimit) {
        if (closed) {
            throw new IllegalStateException("the sandbox is closed");
        }
        String key = source.coordinates() + "#" + statementLimit;
        Lease lease = leases.get(key);
        if (lease == null) {
            Shared shared = engines.computeIfAbsent(statementLimit, limit -> new Shared(newEngine(policy)));
            if (source.dialect().equals(Cb2.DIALECT)) {
                Cb2.Layout layout = Cb2.layout(source.files());
                lease = new Lease(key, statementLimit, shared, layout.sources(), layout.roles());
            } else {
                List<Source> plain = sources(source);
                lease = new Lease(key, statementLimit, shared, plain, java.util.Collections.nCopies(plain.size(), ""));
            }
            leases.put(key, lease);
        }
        lease.holders++;
        lease.shared.holders++;
        return lease;
    }

    synchronized void release(Lease lease) {
        if (--lease.holders == 0) {
            leases.remove(lease.key, lease);
        }
        // after close() the pool no longer holds the engine: it is closed already
        if (--lease.shared.holders == 0 && engines.remove(lease.statementLimit, lease.shared)) {
            lease.shared.engine.close(true);
        }
    }

    /** Engines open now. */
    synchronized int engines() {
        return engines.size();
    }

    /** Extension versions whose sources are held now. */
    synchronized int versions() {
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
        for (Shared shared : engines.values()) {
            shared.engine.close(true);
        }
        engines.clear();
        leases.clear();
    }
}
