package dev.banter.sdk.harness;

import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A sandbox that reports the cost of every handler call of its instances: each handler is wrapped so that, on the
 * lane right after the call, it reads the instance's {@link ExtensionInstance#lastAllocatedBytes()} and {@link
 * ExtensionInstance#lastStatements()}. For the simulated room only; a host reads the instance's figures itself.
 */
final class MeasuredSandbox implements Sandbox {

    private final Sandbox delegate;
    private final Consumer<Invocation> sink;

    MeasuredSandbox(Sandbox delegate, Consumer<Invocation> sink) {
        this.delegate = delegate;
        this.sink = sink;
    }

    @Override
    public String provider() {
        return delegate.provider();
    }

    @Override
    public ExecutionMode executionMode() {
        return delegate.executionMode();
    }

    @Override
    public SandboxConfig config() {
        return delegate.config();
    }

    @Override
    public ExtensionInstance instantiate(InstanceSpec spec) {
        return new Measured(delegate.instantiate(spec), sink);
    }

    @Override
    public int liveInstances() {
        return delegate.liveInstances();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** An instance whose handlers report their cost; everything else is the instance's own. */
    private static final class Measured implements ExtensionInstance {
        private final ExtensionInstance instance;
        private final List<HandlerSpec> specs;

        Measured(ExtensionInstance instance, Consumer<Invocation> sink) {
            this.instance = instance;
            List<HandlerSpec> wrapped = new ArrayList<>();
            for (HandlerSpec s : instance.handlerSpecs()) {
                Handler measured = measure(s.id(), s.handler(), instance, sink);
                wrapped.add(new HandlerSpec(
                        s.id(), measured, s.subscriptions(), s.stage(), s.slot(), s.permissions(), s.failurePolicy()));
            }
            this.specs = List.copyOf(wrapped);
        }

        private static Handler measure(
                String id, Handler handler, ExtensionInstance instance, Consumer<Invocation> sink) {
            return (message, context) -> {
                try {
                    return handler.handle(message, context);
                } finally {
                    sink.accept(new Invocation(
                            id, message.type().name(), instance.lastAllocatedBytes(), instance.lastStatements()));
                }
            };
        }

        @Override
        public InstanceSpec spec() {
            return instance.spec();
        }

        @Override
        public List<Subscription> subscriptions() {
            return instance.subscriptions();
        }

        @Override
        public List<HandlerSpec> handlerSpecs() {
            return specs;
        }

        @Override
        public boolean migrate(String fromVersion) {
            return instance.migrate(fromVersion);
        }

        @Override
        public boolean park() {
            return instance.park();
        }

        @Override
        public boolean parked() {
            return instance.parked();
        }

        @Override
        public long lastEventMillis() {
            return instance.lastEventMillis();
        }

        @Override
        public int resumes() {
            return instance.resumes();
        }

        @Override
        public String declarations() {
            return instance.declarations();
        }

        @Override
        public long lastAllocatedBytes() {
            return instance.lastAllocatedBytes();
        }

        @Override
        public long lastStatements() {
            return instance.lastStatements();
        }

        @Override
        public InstanceState state() {
            return instance.state();
        }

        @Override
        public int rebuilds() {
            return instance.rebuilds();
        }

        @Override
        public int strikes() {
            return instance.strikes();
        }

        @Override
        public long droppedLogLines() {
            return instance.droppedLogLines();
        }

        @Override
        public void close() {
            instance.close();
        }
    }
}
