package dev.banter.core.extension;

import dev.banter.api.ExtensionException;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.SettingsChange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sandbox whose "code" is a list of words: {@code load-fails}, {@code migrate-fails}, {@code migrate} (copies kv
 * {@code count} to {@code total} and notes the old version in {@code from}). Every instance adds each tip's amount to
 * kv {@code total} and records the settings.change events it sees.
 */
final class FakeSandbox implements Sandbox {

    final List<FakeInstance> made = new CopyOnWriteArrayList<>();
    final List<String> settingsEvents = new CopyOnWriteArrayList<>();
    private final SandboxConfig config;

    FakeSandbox(int lanes) {
        this.config = SandboxConfig.of(lanes);
    }

    @Override
    public String provider() {
        return "fake";
    }

    @Override
    public ExecutionMode executionMode() {
        return ExecutionMode.INTERPRETED;
    }

    @Override
    public SandboxConfig config() {
        return config;
    }

    @Override
    public ExtensionInstance instantiate(InstanceSpec spec) {
        String code = spec.source().files().get(spec.source().main());
        if (code.contains("load-fails")) {
            throw new ExtensionException(
                    ExtensionException.Kind.GUEST_ERROR, spec.source().id(), null, null, "load failed", null);
        }
        FakeInstance instance = new FakeInstance(spec, code);
        made.add(instance);
        return instance;
    }

    @Override
    public int liveInstances() {
        return (int) made.stream().filter(i -> i.state == InstanceState.ACTIVE).count();
    }

    @Override
    public void close() {
        made.forEach(FakeInstance::close);
    }

    final class FakeInstance implements ExtensionInstance {
        final InstanceSpec spec;
        final String code;
        final StateScope scope;
        final List<HandlerSpec> specs;
        volatile InstanceState state = InstanceState.ACTIVE;
        volatile boolean migrated;

        FakeInstance(InstanceSpec spec, String code) {
            this.spec = spec;
            this.code = code;
            this.scope = new StateScope(spec.source().id(), spec.room());
            this.specs = List.of(new HandlerSpec(
                    spec.handlerId(),
                    (message, ctx) -> {
                        if (state != InstanceState.ACTIVE) {
                            return Verdict.pass();
                        }
                        if (message.payload() instanceof SettingsChange change) {
                            settingsEvents.add(spec.source().coordinates() + " " + change.extensionId() + " "
                                    + change.changed() + " " + new java.util.TreeMap<>(spec.settings()));
                        } else {
                            long amount = message.payload(BuiltinTypes.TIP).amount();
                            spec.state().put(scope, "total", Long.toString(total() + amount));
                        }
                        return Verdict.pass();
                    },
                    List.of(Subscription.to("tip"), Subscription.to("settings.change")),
                    Stage.OBSERVE,
                    spec.slot(),
                    spec.permissions(),
                    dev.banter.api.handler.FailurePolicy.FAIL_OPEN));
        }

        long total() {
            return spec.state().get(scope, "total").map(Long::parseLong).orElse(0L);
        }

        @Override
        public boolean migrate(String fromVersion) {
            if (code.contains("migrate-fails")) {
                throw new ExtensionException(
                        ExtensionException.Kind.GUEST_ERROR, spec.source().id(), null, null, "migration failed", null);
            }
            if (!code.contains("migrate")) {
                return false;
            }
            spec.state().get(scope, "count").ifPresent(c -> spec.state().put(scope, "total", c));
            spec.state().put(scope, "from", '"' + fromVersion + '"');
            migrated = true;
            return true;
        }

        @Override
        public InstanceSpec spec() {
            return spec;
        }

        @Override
        public List<Subscription> subscriptions() {
            return specs.getFirst().subscriptions();
        }

        @Override
        public List<HandlerSpec> handlerSpecs() {
            return specs;
        }

        @Override
        public InstanceState state() {
            return state;
        }

        @Override
        public int rebuilds() {
            return 0;
        }

        @Override
        public int strikes() {
            return 0;
        }

        @Override
        public long droppedLogLines() {
            return 0;
        }

        @Override
        public void close() {
            state = InstanceState.CLOSED;
        }
    }
}
