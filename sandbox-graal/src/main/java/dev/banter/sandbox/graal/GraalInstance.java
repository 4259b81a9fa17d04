package dev.banter.sandbox.graal;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Action;
import dev.banter.api.action.Audience;
import dev.banter.api.action.Ban;
import dev.banter.api.action.CancelTimer;
import dev.banter.api.action.Kick;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.Permission;
import dev.banter.api.action.ScheduleTimer;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.Warn;
import dev.banter.api.handler.Command;
import dev.banter.api.handler.FailurePolicy;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Slot;
import dev.banter.api.handler.Stage;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.FieldSpec;
import dev.banter.api.message.Flow;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.InstanceState;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStoreException;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.PrivateMessage;
import dev.banter.api.types.TimerFired;
import dev.banter.sandbox.graal.js.BridgeTarget;
import dev.banter.sandbox.graal.js.HostBridge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extension in one room, in either dialect ({@code banter/1} or {@code cb/1}: the dialect only picks the
 * prelude): its context, its handler and everything that keeps it inside its limits.
 *
 * <p>Threading: {@link #handle} runs on the room's lane thread only. The watchdog's stopper thread may interrupt or
 * cancel the context at any time, and the heap guard may cancel it; both only touch the context itself and volatile
 * state. The context and every value of it are dropped when the instance is cancelled or closed.
 */
final class GraalInstance implements ExtensionInstance, Handler, BridgeTarget, Watchdog.Invocable {

    private static final Logger LOG = LoggerFactory.getLogger(GraalInstance.class);
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_-]{1,32}");
    private static final int MAX_MESSAGE = 200;
    private static final int COLD_CALLS = 3;
    private static final int MAX_DECLARATIONS = 1 << 20;

    private final GraalSandbox sandbox;
    private final InstanceSpec spec;
    private final SandboxLimits limits;
    private final String handlerId;
    private final String observeId;
    private final Set<Permission> permissions;
    private final KvState kv;
    private final RateWindow notices;
    private final RateWindow logVolume;
    private final Strikes strikes;
    private final Logger extensionLog;
    private final String settingsJson;
    private final long deadlineNanos;
    private final long coldDeadlineNanos;
    private final long allocationLimit;

    // what the extension registered while loading; fixed after the first load
    // type or command name -> the prelude's handler key ("on:tip", "command:roll"), built once
    private final Map<String, String> onKeys = new HashMap<>();
    private final Map<String, String> commandKeys = new HashMap<>();
    private final Set<String> timerNames = new HashSet<>();
    private @Nullable List<Subscription> subscriptions;
    private List<HandlerSpec> handlerSpecs = List.of();
    private boolean loading;
    private String declarations = "{}";

    // the context and its values; null once cancelled or closed
    private volatile @Nullable Context context;
    private EnginePool.@Nullable Lease lease;
    private @Nullable Value run;
    private @Nullable Value fire;
    private @Nullable Value reset;
    private @Nullable Value migrate;
    private boolean migrating;
    private volatile InstanceState state = InstanceState.ACTIVE;
    private volatile @Nullable LimitViolation pendingViolation;
    private int rebuilds;
    // parking: the context is closed until the next message re-creates it (see park())
    private volatile boolean parked;
    private volatile long lastEventMillis = Long.MIN_VALUE;
    private int resumes;
    private int coldCalls;
    private volatile long droppedLogLines;
    private volatile long allocatedSinceCalm;
    // what the last handler call cost (lane thread only); the counter is the context's engine's, if counting
    private final boolean countsStatements;
    private @Nullable StatementCounter statementCounter;
    private long lastAllocated;
    private long lastStatements;

    // the running invocation (lane thread only). Its message and handler context are kept in the lane's slot, not
    // here: a young reference written into each of thousands of long-lived instances per call left a card of each
    // for the next young collection to scan, most of what a call cost those pauses.
    private boolean invoking;
    private @Nullable Verdict verdict;
    private final ArrayList<Action> pending = new ArrayList<>();
    private final EnumSet<LimitKind> reported = EnumSet.noneOf(LimitKind.class);
    private final Map<String, Long> timers = new HashMap<>();
    private final LinkedHashMap<String, Long> stagedTimers = new LinkedHashMap<>();
    private boolean logWindowReported;
    // the watchdog's slot of the worker (lane) this instance runs on
    private final Watchdog.Slot workerSlot;

    GraalInstance(GraalSandbox sandbox, InstanceSpec spec) {
        this.sandbox = sandbox;
        this.spec = spec;
        this.workerSlot = sandbox.watchdog().worker(spec.worker());
        this.limits = spec.limits();
        this.handlerId = spec.handlerId();
        this.observeId = handlerId + ".observe";
        this.permissions = spec.permissions();
        this.kv = new KvState(
                spec.state(),
                new StateScope(spec.source().id(), spec.room()),
                limits.get(LimitKind.KV_KEY),
                limits.get(LimitKind.KV_VALUE),
                limits.get(LimitKind.KV_TOTAL));
        this.notices = new RateWindow(limits.get(LimitKind.NOTICE_RATE));
        this.logVolume = new RateWindow(limits.get(LimitKind.LOG_VOLUME));
        ViolationPolicy policy = spec.policy();
        this.strikes = new Strikes(policy.strikes(), policy.window());
        this.extensionLog =
                LoggerFactory.getLogger("banter.extension." + spec.source().id());
        this.settingsJson = Json.write(spec.settings());
        this.deadlineNanos = limits.deadline().toNanos();
        this.coldDeadlineNanos = Math.max(deadlineNanos, limits.loadDeadline().toNanos());
        this.allocationLimit = limits.get(LimitKind.ALLOCATION);
        this.countsStatements = sandbox.config().countStatements();
        this.lastStatements = countsStatements ? 0 : -1;
    }

    // ---------------------------------------------------------------- loading

    /** Creates the context and runs the extension's top-level code under the load deadline. */
    void load(Watchdog.Slot loadSlot) {
        long size = spec.source().size();
        long maxSource = limits.get(LimitKind.SOURCE_SIZE);
        if (size > maxSource) {
            LimitViolation v = violation(LimitKind.SOURCE_SIZE, size, maxSource, "source files are too large", null);
            throw limitException(v);
        }
        EnginePool.Lease newLease = sandbox.engines().acquire(spec.source(), statementLimit());
        Context ctx;
        try {
            statementCounter = sandbox.statementCounter(newLease.engine());
            ctx = sandbox.newContext(newLease.engine(), statementLimit(), this::logLine);
        } catch (RuntimeException e) {
            sandbox.engines().release(newLease);
            throw e;
        }
        this.lease = newLease;
        this.context = ctx;
        boolean first = subscriptions == null;
        loading = true;
        reported.clear();
        Value api;
        try {
            // the dialect prelude is the sandbox's own code: only the extension's code runs under the load limits
            HostBridge bridge = new HostBridge(this);
            Value shared = ctx.eval(sandbox.hardening()).execute((double) allocationLimit);
            String dialect = spec.source().dialect();
            // cb/2 is built on the banter/1 prelude's API; cb/1 has a prelude of its own
            Value prelude = ctx.eval(sandbox.prelude(dialect.equals("cb/1") ? "cb/1" : "banter/1"));
            api = prelude.execute(
                    bridge,
                    settingsJson,
                    (double) allocationLimit,
                    shared,
                    spec.room().value(),
                    (double) limits.get(LimitKind.TIMER_INTERVAL),
                    (double) limits.get(LimitKind.NOTICE_SIZE));
            if (dialect.equals(Cb2.DIALECT)) {
                api = ctx.eval(sandbox.cb2Prelude()).execute(bridge, settingsJson, Cb2.info(spec), Cb2.EVENTS_JSON);
            }
            loadSlot.begin(this, limits.loadDeadline().toNanos(), allocationLimit);
            ctx.resetLimits();
            List<Source> sources = newLease.sources();
            for (int i = 0; i < sources.size(); i++) {
                Value result = ctx.eval(sources.get(i));
                String role = newLease.roles().get(i);
                if (!role.isEmpty()) {
                    api.getMember("handler").executeVoid(role, result);
                }
            }
            api.getMember("loaded").executeVoid();
        } catch (RuntimeException | StackOverflowError e) {
            loadSlot.end();
            ExtensionException failure = classify(e, loadSlot, null);
            drop(true);
            throw failure;
        } finally {
            loading = false;
        }
        loadSlot.end();
        this.coldCalls = COLD_CALLS;
        this.run = api.getMember("run");
        this.fire = api.getMember("fire");
        this.reset = api.getMember("reset");
        this.migrate = api.getMember("hasMigrate").execute().asBoolean() ? api.getMember("migrate") : null;
        if (first) {
            buildSubscriptions();
        }
    }

    private long statementLimit() {
        return limits.get(LimitKind.STATEMENTS);
    }

    private void buildSubscriptions() {
        List<Subscription> intercepted = new ArrayList<>();
        List<Subscription> observed = new ArrayList<>();
        List<String> types = new ArrayList<>(onKeys.keySet());
        // an instance that may schedule timers hears its timer events, whichever handler scheduled them
        if (!onKeys.containsKey("timer") && (permissions.contains(Permission.TIMERS) || !timerNames.isEmpty())) {
            types.add("timer");
        }
        types.sort(null);
        for (String type : types) {
            (flowOf(type) == Flow.OBSERVE ? observed : intercepted).add(Subscription.to(type));
        }
        for (String name : commandKeys.keySet().stream().sorted().toList()) {
            (flowOf("chat.message") == Flow.OBSERVE ? observed : intercepted).add(Subscription.command(name));
        }
        List<Subscription> all = new ArrayList<>(intercepted);
        all.addAll(observed);
        this.subscriptions = List.copyOf(all);
        FailurePolicy failure = spec.policy().response() == ViolationPolicy.Response.REJECT
                ? FailurePolicy.FAIL_CLOSED
                : FailurePolicy.FAIL_OPEN;
        List<HandlerSpec> specs = new ArrayList<>(2);
        if (!intercepted.isEmpty()) {
            specs.add(
                    new HandlerSpec(handlerId, this, intercepted, Stage.INTERCEPT, spec.slot(), permissions, failure));
        }
        if (!observed.isEmpty()) {
            // a room has one app: the observing half of an app that also intercepts runs among the bots
            Slot slot = intercepted.isEmpty() ? spec.slot() : Slot.BOT;
            specs.add(new HandlerSpec(observeId, this, observed, Stage.OBSERVE, slot, permissions, failure));
        }
        this.handlerSpecs = List.copyOf(specs);
    }

    private @Nullable Flow flowOf(String type) {
        for (MessageType<?> t : sandbox.config().types()) {
            if (t.name().equals(type)) {
                return t.flow();
            }
        }
        return null;
    }

    @Override
    public @Nullable String subscribe(String kind, String name) {
        if (!loading) {
            return "Error: subscriptions are fixed once the extension has loaded";
        }
        if (subscriptions != null) {
            // a rebuild runs the same code again: it may repeat what it registered, nothing new
            boolean known = switch (kind) {
                case "on" -> onKeys.containsKey(name);
                case "command" -> commandKeys.containsKey(name);
                case "timer" -> timerNames.contains(name);
                default -> false;
            };
            return known ? null : "Error: subscriptions are fixed once the extension has loaded";
        }
        switch (kind) {
            case "on" -> {
                if (!TYPE_NAME.matcher(name).matches()) {
                    return "TypeError: banter.on: '" + cut(name) + "' is not a message type name";
                }
                if (flowOf(name) == null) {
                    return "TypeError: banter.on: unknown message type '" + name + "'; known: "
                            + sandbox.config().types().stream()
                                    .map(MessageType::name)
                                    .toList();
                }
                onKeys.put(name, "on:" + name);
            }
            case "command" -> {
                if (!COMMAND_NAME.matcher(name).matches()) {
                    return "TypeError: banter.command: '" + cut(name)
                            + "' is not a command name (1..32 chars of a-z, 0-9, _ and -)";
                }
                commandKeys.put(name, "command:" + name);
            }
            case "timer" -> {
                if (name.isEmpty() || name.length() > 64) {
                    return "TypeError: banter.timer: labels are 1..64 chars";
                }
                timerNames.add(name);
            }
            default -> {
                return "Error: unknown registration '" + cut(kind) + "'";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the handler

    @Override
    public Verdict handle(Message message, HandlerContext context) {
        lastAllocated = 0;
        lastStatements = countsStatements ? 0 : -1;
        InstanceState s = state;
        if (s == InstanceState.QUARANTINED || s == InstanceState.CLOSED) {
            return Verdict.pass();
        }
        LimitViolation noted = pendingViolation;
        if (noted != null) {
            pendingViolation = null;
            strike(noted);
        }
        if (parked) {
            resume();
        } else if (s == InstanceState.CANCELLED || this.context == null) {
            rebuild();
        }
        String type = message.type().name();
        begin(message, context);
        try {
            if (type.equals("timer")) {
                // the engine routes a timer only to its owner; the owner is either half of this instance
                if (!(message.payload() instanceof TimerFired fired)
                        || !(fired.owner().equals(handlerId) || fired.owner().equals(observeId))) {
                    return Verdict.pass();
                }
                Long repeat = timers.get(fired.label());
                boolean once = repeat == null || repeat == 0L;
                guest(fire, workerSlot, fired.label(), Events.of(message), once);
                if (once) {
                    timers.remove(fired.label());
                }
            } else {
                String onKey = onKeys.get(type);
                if (onKey != null) {
                    guest(run, workerSlot, onKey, Events.of(message));
                }
                if (!commandKeys.isEmpty() && verdict == null && type.equals("chat.message")) {
                    Command command = context.routing().command();
                    String commandKey = command == null ? null : commandKeys.get(command.name());
                    if (commandKey != null) {
                        guest(run, workerSlot, commandKey, Events.command(message, command));
                    }
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(e, workerSlot, type);
        } finally {
            invoking = false;
            workerSlot.message = null;
            workerSlot.handlerContext = null;
        }
        return succeeded(context, type);
    }

    private void begin(Message message, HandlerContext context) {
        this.lastEventMillis = context.now().toEpochMilli();
        this.invoking = true;
        workerSlot.message = message;
        workerSlot.handlerContext = context;
        this.verdict = null;
        this.logWindowReported = false;
        pending.clear();
        reported.clear();
    }

    /** The message of the running invocation, or null outside one. */
    private @Nullable Message current() {
        return invoking ? workerSlot.message : null;
    }

    private void guest(@Nullable Value fn, Watchdog.Slot workerSlot, Object... arguments) {
        Context ctx = this.context;
        if (fn == null || ctx == null) {
            throw new IllegalStateException("the context was cancelled");
        }
        // A fresh context's first calls link host calls and run while the JIT compiles: they get the load deadline.
        long deadline = deadlineNanos;
        if (coldCalls > 0) {
            coldCalls--;
            deadline = coldDeadlineNanos;
        }
        StatementCounter counter = statementCounter;
        long statementsBefore = counter == null ? 0 : counter.total();
        workerSlot.begin(this, deadline, allocationLimit);
        try {
            ctx.resetLimits();
            fn.executeVoid(arguments);
        } finally {
            long allocated = workerSlot.end();
            allocatedSinceCalm += allocated;
            lastAllocated += allocated;
            if (counter != null) {
                lastStatements += counter.total() - statementsBefore;
            }
        }
    }

    private Verdict succeeded(HandlerContext context, String type) {
        try {
            kv.commit();
        } catch (RuntimeException e) {
            throw stateFailed(e, type);
        }
        if (!stagedTimers.isEmpty()) {
            for (Map.Entry<String, Long> t : stagedTimers.entrySet()) {
                if (t.getValue() < 0) {
                    timers.remove(t.getKey());
                } else {
                    timers.put(t.getKey(), t.getValue());
                }
            }
            stagedTimers.clear();
        }
        for (int i = 0; i < pending.size(); i++) {
            context.emit(pending.get(i));
        }
        pending.clear();
        Verdict v = verdict;
        verdict = null;
        return v == null ? Verdict.pass() : v;
    }

    private ExtensionException failed(Throwable e, Watchdog.Slot workerSlot, String type) {
        dropInvocation();
        ExtensionException failure = classify(e, workerSlot, type);
        resetGuest();
        return failure;
    }

    /** Forgets everything the failed invocation staged: kv writes, timers, actions and its verdict. */
    private void dropInvocation() {
        kv.discard();
        stagedTimers.clear();
        pending.clear();
        verdict = null;
    }

    /** Clears the guest's caches (its kv view) after a failure, or drops a context that cannot even do that. */
    private void resetGuest() {
        Value r = reset;
        if (context != null && r != null && state == InstanceState.ACTIVE) {
            try {
                r.executeVoid();
            } catch (RuntimeException resetFailure) {
                drop(true);
                state = InstanceState.CANCELLED;
            }
        }
    }

    /** The store could not save the invocation's writes: nothing the invocation did may take effect. */
    private ExtensionException stateFailed(RuntimeException e, String type) {
        dropInvocation();
        kv.discardAfterFailure();
        resetGuest();
        return stateFailure(type, "could not save its state", e);
    }

    private ExtensionException stateFailure(@Nullable String type, String what, Throwable cause) {
        String where = type == null ? " while loading" : " on " + type;
        return new ExtensionException(
                ExtensionException.Kind.STATE_FAILURE,
                spec.source().id(),
                type,
                null,
                "extension '" + spec.source().id() + "' " + what + where + "; its writes and actions were discarded: "
                        + cut(String.valueOf(cause.getMessage())),
                cause);
    }

    private ExtensionException classify(Throwable e, Watchdog.Slot s, @Nullable String type) {
        LimitKind tripped = s.tripped();
        if (tripped != null) {
            if (!isUsable(e)) {
                cancelled();
            }
            String what = tripped == LimitKind.DEADLINE
                    ? (type == null ? "loading took too long" : "the handler ran too long")
                    : "the invocation allocated too much";
            LimitKind kind = tripped == LimitKind.DEADLINE && type == null ? LimitKind.LOAD_DEADLINE : tripped;
            return limitException(violation(kind, s.trippedMeasured(), s.trippedLimit(), what, type));
        }
        if (e instanceof PolyglotException pe) {
            if (pe.isResourceExhausted()) {
                cancelled();
                long limit = statementLimit();
                return limitException(violation(
                        LimitKind.STATEMENTS, limit + 1, limit, "too many statements in one invocation", type));
            }
            if (pe.isCancelled() || pe.isInterrupted()) {
                cancelled();
                LimitViolation noted = pendingViolation;
                if (noted != null) {
                    pendingViolation = null;
                    strike(noted);
                    return limitException(noted);
                }
                return cancelledException(type);
            }
            if (pe.isHostException() && pe.asHostException() instanceof StackOverflowError) {
                return stackOverflow(type);
            }
            if (pe.isHostException() && pe.asHostException() instanceof StateStoreException sse) {
                return stateFailure(type, "could not read its state", sse);
            }
            String text = messageOf(pe);
            if (pe.isGuestException() && text.contains("Maximum call stack size exceeded")) {
                return stackOverflow(type);
            }
            return guestError(type, text, pe.isHostException() ? pe.asHostException() : null);
        }
        if (e instanceof StackOverflowError) {
            return stackOverflow(type);
        }
        if (e instanceof IllegalStateException && context == null) {
            return cancelledException(type);
        }
        return guestError(type, String.valueOf(e.getMessage()), e);
    }

    private ExtensionException cancelledException(@Nullable String type) {
        return new ExtensionException(
                ExtensionException.Kind.CANCELLED,
                spec.source().id(),
                type,
                null,
                "extension '" + spec.source().id() + "' was cancelled",
                null);
    }

    private static boolean isUsable(Throwable e) {
        return e instanceof PolyglotException pe && !pe.isCancelled() && !pe.isResourceExhausted();
    }

    private ExtensionException stackOverflow(@Nullable String type) {
        long limit = limits.get(LimitKind.STACK);
        return limitException(violation(LimitKind.STACK, limit + 1, limit, "the call stack overflowed", type));
    }

    private ExtensionException guestError(@Nullable String type, String text, @Nullable Throwable cause) {
        String where = type == null ? " while loading" : " on " + type;
        return new ExtensionException(
                ExtensionException.Kind.GUEST_ERROR,
                spec.source().id(),
                type,
                null,
                "extension '" + spec.source().id() + "' failed" + where + ": " + text,
                cause instanceof PolyglotException ? null : cause);
    }

    private static String messageOf(PolyglotException pe) {
        String text;
        try {
            text = pe.getMessage();
        } catch (RuntimeException e) {
            text = null;
        }
        return text == null ? "(an error without a message)" : cut(text);
    }

    private static String cut(String text) {
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }

    private ExtensionException limitException(LimitViolation v) {
        return new ExtensionException(
                ExtensionException.Kind.LIMIT_EXCEEDED,
                v.extension(),
                v.messageType(),
                v.limit().key(),
                v.describe(),
                null);
    }

    // ---------------------------------------------------------------- violations, strikes, lifecycle

    /** Reports a violation once per invocation and kind, and counts it as a strike unless it is about logs. */
    private LimitViolation violation(
            LimitKind kind, long measured, long limit, String detail, @Nullable String messageType) {
        Message m = current();
        LimitViolation v = new LimitViolation(
                kind,
                spec.source().id(),
                spec.source().version(),
                spec.room(),
                m == null ? null : m.id(),
                messageType != null ? messageType : (m == null ? null : m.type().name()),
                measured,
                limit,
                detail,
                Instant.now());
        if (reported.add(kind)) {
            sandbox.report(v);
            if (kind != LimitKind.LOG_VOLUME) {
                strike(v);
            }
        }
        return v;
    }

    private void strike(LimitViolation v) {
        if (strikes.strike(System.nanoTime()) && state != InstanceState.QUARANTINED && state != InstanceState.CLOSED) {
            state = InstanceState.QUARANTINED;
            drop(true);
            LOG.warn(
                    "quarantined extension '{}' in room {} after {} strikes; last: {}",
                    spec.source().id(),
                    spec.room().value(),
                    spec.policy().strikes(),
                    v.describe());
            sandbox.quarantined(this, v);
        }
    }

    private void cancelled() {
        if (state == InstanceState.ACTIVE) {
            state = InstanceState.CANCELLED;
        }
        drop(true);
    }

    @Override
    public boolean park() {
        // on the lane between two messages, so no invocation runs unless a handler itself reached here
        if (parked || state != InstanceState.ACTIVE || context == null || invoking || migrating) {
            return false;
        }
        drop(false);
        parked = true;
        sandbox.parked(this);
        return true;
    }

    /** Re-creates the context of a parked instance from its source, settings and stored kv. */
    private void resume() {
        long start = System.nanoTime();
        parked = false;
        load(workerSlot);
        resumes++;
        sandbox.resumed(this, System.nanoTime() - start);
    }

    @Override
    public long lastAllocatedBytes() {
        return lastAllocated;
    }

    @Override
    public long lastStatements() {
        return lastStatements;
    }

    @Override
    public boolean parked() {
        return parked;
    }

    @Override
    public long lastEventMillis() {
        return lastEventMillis;
    }

    @Override
    public int resumes() {
        return resumes;
    }

    private void rebuild() {
        drop(true);
        state = InstanceState.ACTIVE;
        load(workerSlot);
        rebuilds++;
        sandbox.rebuilt(this);
    }

    /** Closes the context (cancelling anything running) and forgets every value of it. */
    private void drop(boolean cancel) {
        Context ctx = context;
        context = null;
        run = null;
        fire = null;
        reset = null;
        migrate = null;
        EnginePool.@Nullable Lease l = lease;
        lease = null;
        if (ctx != null) {
            try {
                ctx.close(cancel);
            } catch (RuntimeException e) {
                LOG.debug("closing the context of '{}' failed", spec.source().id(), e);
            }
        }
        if (l != null) {
            sandbox.engines().release(l);
        }
    }

    @Override
    public void stopRunning(Watchdog.Slot slot, long invocation) {
        Context ctx = context;
        // the invocation may have ended (and another begun) since the watchdog looked: stop only that one
        if (ctx == null || !slot.stillRunning(this, invocation)) {
            return;
        }
        try {
            ctx.interrupt(Duration.ofMillis(100));
        } catch (TimeoutException e) {
            if (!slot.stillRunning(this, invocation)) {
                return;
            }
            LOG.debug(
                    "extension '{}' ignored an interrupt; cancelling its context",
                    spec.source().id());
            try {
                ctx.close(true);
            } catch (RuntimeException closeFailure) {
                LOG.debug("cancelling '{}' failed", spec.source().id(), closeFailure);
            }
        } catch (RuntimeException e) {
            LOG.debug("interrupting '{}' failed", spec.source().id(), e);
        }
    }

    /** Called by the heap guard: the instance allocated more than its heap ceiling while the heap is short. */
    boolean overHeapCeiling() {
        return allocatedSinceCalm > limits.get(LimitKind.HEAP);
    }

    long allocatedSinceCalm() {
        return allocatedSinceCalm;
    }

    void calm() {
        allocatedSinceCalm = 0;
    }

    /** Cancels the instance for the heap guard; the violation is counted on its next message. */
    void cancelForHeap(long measured) {
        long limit = limits.get(LimitKind.HEAP);
        LimitViolation v = new LimitViolation(
                LimitKind.HEAP,
                spec.source().id(),
                spec.source().version(),
                spec.room(),
                null,
                null,
                measured,
                limit,
                "allocated past its heap ceiling while the host heap was short",
                Instant.now());
        sandbox.report(v);
        pendingViolation = v;
        Context ctx = context;
        if (ctx != null && state == InstanceState.ACTIVE) {
            state = InstanceState.CANCELLED;
            try {
                ctx.close(true);
            } catch (RuntimeException e) {
                LOG.debug(
                        "cancelling '{}' for the heap guard failed",
                        spec.source().id(),
                        e);
            }
        }
    }

    @Override
    public boolean migrate(String fromVersion) {
        Context ctx = context;
        if (ctx == null || state != InstanceState.ACTIVE) {
            throw new IllegalStateException("cannot migrate " + this + ": it is not active");
        }
        Value hook = migrate;
        if (hook == null) {
            return false;
        }
        Watchdog.Slot slot = sandbox.watchdog().acquire();
        migrating = true;
        reported.clear();
        try {
            slot.begin(this, limits.loadDeadline().toNanos(), allocationLimit);
            try {
                ctx.resetLimits();
                hook.executeVoid(fromVersion);
            } finally {
                allocatedSinceCalm += slot.end();
            }
            kv.commit();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(e, slot, "migrate");
        } finally {
            migrating = false;
            sandbox.watchdog().release(slot);
        }
    }

    @Override
    public void close() {
        if (state == InstanceState.CLOSED) {
            return;
        }
        state = InstanceState.CLOSED;
        drop(true);
        sandbox.closed(this);
    }

    // ---------------------------------------------------------------- ExtensionInstance

    @Override
    public InstanceSpec spec() {
        return spec;
    }

    @Override
    public List<Subscription> subscriptions() {
        List<Subscription> subs = subscriptions;
        return subs == null ? List.of() : subs;
    }

    @Override
    public List<HandlerSpec> handlerSpecs() {
        return handlerSpecs;
    }

    @Override
    public InstanceState state() {
        return state;
    }

    @Override
    public int rebuilds() {
        return rebuilds;
    }

    @Override
    public int strikes() {
        return strikes.inWindow(System.nanoTime());
    }

    @Override
    public long droppedLogLines() {
        return droppedLogLines;
    }

    @Override
    public String toString() {
        return handlerId + "@" + spec.source().version() + " in " + spec.room().value() + " (" + state + ")";
    }

    // ---------------------------------------------------------------- the bridge

    private @Nullable String denied(Permission needed, String what) {
        if (permissions.contains(needed)) {
            return null;
        }
        return "Error: " + what + " needs the '" + needed.key() + "' permission, which extension '"
                + spec.source().id() + "' was not granted";
    }

    /** Why a call needing {@code needed} is refused now (outside a handler, or not granted), or null. */
    private @Nullable String refusedCall(Permission needed, String what) {
        String refusal = inHandler(what);
        return refusal != null ? refusal : denied(needed, what);
    }

    private @Nullable String inHandler(String what) {
        return !invoking ? "Error: " + what + " can only be called from a handler" : null;
    }

    @Override
    public @Nullable String reject(String reason) {
        String refusal = inHandler("ctx.reject");
        if (refusal != null) {
            return refusal;
        }
        verdict =
                Verdict.reject(reason.isEmpty() ? "rejected by " + spec.source().id() : cut(reason));
        return null;
    }

    @Override
    public @Nullable String modify(String body) {
        String refusal = inHandler("ctx.modify");
        if (refusal != null) {
            return refusal;
        }
        if (verdict instanceof Verdict.Reject) {
            return null;
        }
        if (body.length() > FieldSpec.MAX_STRING) {
            return "RangeError: ctx.modify: a body of " + body.length() + " chars is over " + FieldSpec.MAX_STRING;
        }
        Message m = current();
        ChatMessage chat = chatSoFar(m);
        if (chat != null) {
            verdict = Verdict.modify(chat.withBody(body));
        } else if (m.payload() instanceof PrivateMessage pm) {
            verdict = Verdict.modify(new PrivateMessage(pm.to(), body));
        } else {
            return "TypeError: ctx.modify changes chat messages only, not "
                    + m.type().name();
        }
        return null;
    }

    @Override
    public @Nullable String notice(
            String text,
            @Nullable String to,
            @Nullable String group,
            @Nullable String background,
            @Nullable String foreground,
            @Nullable String weight) {
        String refusal = inHandler("room.notice");
        if (refusal == null) {
            refusal = denied(Permission.NOTICE, "room.notice");
        }
        if (refusal != null) {
            return refusal;
        }
        long maxSize = limits.get(LimitKind.NOTICE_SIZE);
        if (text.length() > maxSize) {
            violation(LimitKind.NOTICE_SIZE, text.length(), maxSize, "a notice was too long and was not sent", null);
            return "refused: too long";
        }
        if (!notices.tryTake(1)) {
            violation(
                    LimitKind.NOTICE_RATE,
                    notices.used() + 1,
                    notices.limit(),
                    "notices beyond the per-minute quota were not sent",
                    null);
            return "refused: rate";
        }
        try {
            NoticeTarget target = to != null
                    ? NoticeTarget.user(to)
                    : group != null ? NoticeTarget.group(audience(group)) : NoticeTarget.everyone();
            NoticeStyle style = background == null && foreground == null && weight == null
                    ? NoticeStyle.plain()
                    : new NoticeStyle(background, foreground, weight(weight));
            pending.add(new Notice(text, target, style));
            return null;
        } catch (IllegalArgumentException e) {
            return "TypeError: room.notice: " + cut(String.valueOf(e.getMessage()));
        }
    }

    private static Audience audience(String group) {
        for (Audience a : Audience.values()) {
            if (a.wireName().equals(group)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown group '" + cut(group)
                + "'; groups are owner, moderators, fans, tippers, has-tokens, tipped, tipped-a-lot, tipped-tons");
    }

    private static NoticeStyle.Weight weight(@Nullable String weight) {
        if (weight == null || weight.equals("normal")) {
            return NoticeStyle.Weight.NORMAL;
        }
        if (weight.equals("bold")) {
            return NoticeStyle.Weight.BOLD;
        }
        if (weight.equals("bolder")) {
            return NoticeStyle.Weight.BOLDER;
        }
        throw new IllegalArgumentException("weight must be normal, bold or bolder, was '" + cut(weight) + "'");
    }

    @Override
    public @Nullable String action(String kind, String attributesJson) {
        String refusal = inHandler(kind);
        if (refusal != null) {
            return refusal;
        }
        Action action;
        try {
            action = DialectActions.of(kind, attributesJson);
        } catch (IllegalArgumentException e) {
            return "TypeError: " + cut(String.valueOf(e.getMessage()));
        }
        refusal = denied(action.permission(), kind);
        if (refusal != null) {
            return refusal;
        }
        pending.add(action);
        return null;
    }

    @Override
    public @Nullable String subject(String subject) {
        String refusal = inHandler("room.setSubject");
        if (refusal == null) {
            refusal = denied(Permission.SUBJECT, "room.setSubject");
        }
        if (refusal != null) {
            return refusal;
        }
        try {
            pending.add(new SetSubject(subject));
            return null;
        } catch (IllegalArgumentException e) {
            return "TypeError: room.setSubject: " + cut(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public @Nullable String moderate(String action, String user, double seconds, String reason) {
        String what = "moderation." + action;
        String refusal = inHandler(what);
        if (refusal != null) {
            return refusal;
        }
        Permission needed = switch (action) {
            case "mute" -> Permission.MODERATION_MUTE;
            case "ban" -> Permission.MODERATION_BAN;
            case "kick" -> Permission.MODERATION_KICK;
            case "warn" -> Permission.MODERATION_WARN;
            default -> null;
        };
        if (needed == null) {
            return "Error: unknown moderation action '" + cut(action) + "'";
        }
        refusal = denied(needed, what);
        if (refusal != null) {
            return refusal;
        }
        try {
            String why = cut(reason);
            pending.add(
                    switch (action) {
                        case "mute" -> new Mute(user, Duration.ofSeconds((long) seconds), why);
                        case "ban" -> new Ban(user, why);
                        case "kick" -> new Kick(user, why);
                        default -> new Warn(user, why);
                    });
            return null;
        } catch (IllegalArgumentException e) {
            return "TypeError: " + what + ": " + cut(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public @Nullable String kvLoad(String key) {
        // an error text is told apart from a value because JSON never starts with a letter E
        String refusal = denied(Permission.KV, "kv.get");
        if (refusal != null) {
            return refusal;
        }
        return kv.checkKey(key) != null ? null : kv.load(key);
    }

    @Override
    public @Nullable String kvPut(String key, String json) {
        String refusal = migrating ? null : inHandler("kv.set");
        if (refusal == null) {
            refusal = denied(Permission.KV, "kv.set");
        }
        if (refusal != null) {
            return refusal;
        }
        String bad = kv.checkKey(key);
        if (bad != null) {
            if (!key.isEmpty()) {
                violation(LimitKind.KV_KEY, key.length(), kv.keyLimit(), "a kv key was too long", null);
            }
            return "RangeError: " + bad;
        }
        if (json.length() > kv.valueLimit()) {
            violation(LimitKind.KV_VALUE, json.length(), kv.valueLimit(), "a kv value was too large", null);
            return "RangeError: kv.set('" + cut(key) + "'): a value of " + json.length()
                    + " chars of JSON is over the limit of " + kv.valueLimit();
        }
        long total = kv.totalWith(key, json);
        if (total > kv.totalLimit()) {
            violation(LimitKind.KV_TOTAL, total, kv.totalLimit(), "the instance's kv is full", null);
            return "RangeError: kv.set('" + cut(key) + "'): the kv would hold " + total + " chars, over the limit of "
                    + kv.totalLimit();
        }
        kv.stage(key, json, total);
        return null;
    }

    @Override
    public @Nullable String kvDelete(String key) {
        String refusal = migrating ? null : inHandler("kv.delete");
        if (refusal == null) {
            refusal = denied(Permission.KV, "kv.delete");
        }
        if (refusal != null) {
            return refusal;
        }
        String bad = kv.checkKey(key);
        if (bad != null) {
            return "RangeError: " + bad;
        }
        kv.stage(key, null, kv.totalWith(key, null));
        return null;
    }

    @Override
    public String kvKeys() {
        String refusal = denied(Permission.KV, "kv.keys");
        return refusal != null ? refusal : Json.write(kv.keys());
    }

    @Override
    public @Nullable String timer(String label, double delayMillis, double repeatMillis) {
        String refusal = inHandler("timers");
        if (refusal == null) {
            refusal = denied(Permission.TIMERS, "timers");
        }
        if (refusal != null) {
            return refusal;
        }
        if (label.isEmpty() || label.length() > 64) {
            return "TypeError: timer labels are 1..64 chars";
        }
        long minInterval = limits.get(LimitKind.TIMER_INTERVAL);
        if (!(delayMillis >= minInterval) || (repeatMillis != 0 && !(repeatMillis >= minInterval))) {
            violation(
                    LimitKind.TIMER_INTERVAL,
                    (long) Math.max(0, Math.min(delayMillis, repeatMillis == 0 ? delayMillis : repeatMillis)),
                    minInterval,
                    "a timer was shorter than the minimum interval",
                    null);
            return "RangeError: timer '" + cut(label) + "': the interval must be at least " + minInterval + " ms";
        }
        long maxTimers = limits.get(LimitKind.TIMER_COUNT);
        boolean known = timers.containsKey(label) || (stagedTimers.containsKey(label) && stagedTimers.get(label) >= 0);
        int scheduled = timers.size();
        for (Map.Entry<String, Long> t : stagedTimers.entrySet()) {
            boolean committed = timers.containsKey(t.getKey());
            if (t.getValue() >= 0 && !committed) {
                scheduled++;
            } else if (t.getValue() < 0 && committed) {
                scheduled--;
            }
        }
        if (!known && scheduled >= maxTimers) {
            violation(LimitKind.TIMER_COUNT, scheduled + 1, maxTimers, "too many timers at once", null);
            return "RangeError: timer '" + cut(label) + "': " + maxTimers + " timers are already scheduled";
        }
        try {
            pending.add(new ScheduleTimer(
                    label, Duration.ofMillis((long) delayMillis), Duration.ofMillis((long) repeatMillis)));
        } catch (IllegalArgumentException e) {
            return "RangeError: timer '" + cut(label) + "': " + cut(String.valueOf(e.getMessage()));
        }
        stagedTimers.put(label, (long) repeatMillis);
        return null;
    }

    @Override
    public boolean cancelTimer(String label) {
        if (!invoking || label.isEmpty() || label.length() > 64 || !permissions.contains(Permission.TIMERS)) {
            return false;
        }
        boolean existed = timers.containsKey(label) || stagedTimers.containsKey(label);
        // cancel even a label this context never saw: the engine may hold it from before a restart
        pending.add(new CancelTimer(label));
        stagedTimers.put(label, -1L);
        return existed;
    }

    @Override
    public @Nullable String restyle(@Nullable String background, @Nullable String color, @Nullable String font) {
        String refusal = inHandler("ctx.modify");
        if (refusal != null) {
            return refusal;
        }
        if (verdict instanceof Verdict.Reject) {
            return null;
        }
        Message m = current();
        ChatMessage chat = chatSoFar(m);
        if (chat == null) {
            return "TypeError: ctx.modify styles chat messages only, not "
                    + m.type().name();
        }
        verdict = Verdict.modify(chat.withStyle(styleValue(background), styleValue(color), styleValue(font)));
        return null;
    }

    /** The room chat line being handled as this call has changed it so far, or null for another type. */
    private @Nullable ChatMessage chatSoFar(Message m) {
        if (verdict instanceof Verdict.Modify(Payload p) && p instanceof ChatMessage modified) {
            return modified;
        }
        return m.payload() instanceof ChatMessage original ? original : null;
    }

    private static @Nullable String styleValue(@Nullable String value) {
        return value == null || value.length() <= ChatMessage.MAX_STYLE
                ? value
                : value.substring(0, ChatMessage.MAX_STYLE);
    }

    @Override
    public void declare(String json) {
        if (loading && json.length() <= MAX_DECLARATIONS) {
            declarations = json;
        }
    }

    @Override
    public String declarations() {
        return declarations;
    }

    @Override
    public void log(String level, String text) {
        logLine(level, text);
    }

    private void logLine(String level, String text) {
        String line = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (!logVolume.tryTake(line.length())) {
            droppedLogLines++;
            if (!logWindowReported) {
                logWindowReported = true;
                violation(
                        LimitKind.LOG_VOLUME,
                        logVolume.used() + line.length(),
                        logVolume.limit(),
                        "log lines beyond the per-minute volume were dropped",
                        null);
            }
            return;
        }
        String room = spec.room().value();
        switch (level) {
            case "error" -> extensionLog.error("[{}] {}", room, line);
            case "warn" -> extensionLog.warn("[{}] {}", room, line);
            default -> extensionLog.info("[{}] {}", room, line);
        }
        sandbox.logged(this, level, line);
    }

    @Override
    public double now() {
        HandlerContext hc = invoking ? workerSlot.handlerContext : null;
        return hc == null ? System.currentTimeMillis() : hc.now().toEpochMilli();
    }
}
