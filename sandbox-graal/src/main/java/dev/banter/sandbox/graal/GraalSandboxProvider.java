package dev.banter.sandbox.graal;

import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code graal} sandbox provider: JavaScript extensions on GraalVM Polyglot with the community GraalJS.
 *
 * <p>Every context runs under {@code SandboxPolicy.CONSTRAINED} with {@code HostAccess.CONSTRAINED} (only members
 * marked {@code @HostAccess.Export} are reachable), no IO, no threads, no processes, no host class lookup, no
 * polyglot access, and its output redirected into the instance's rate-limited log. The {@code sandbox.*} resource
 * options need Oracle's enterprise build, so this provider enforces the limits itself:
 *
 * <ul>
 *   <li>deadline and load deadline: a watchdog thread polls per-worker start stamps and interrupts, then cancels;
 *   <li>statements: {@code ResourceLimits}, reset before each invocation (exceeding it cancels the context, which
 *       is rebuilt on the next message);
 *   <li>allocation: the worker thread's allocated-bytes counter, polled by the watchdog;
 *   <li>heap: under heap pressure, instances that allocated past their ceiling since the last calm are cancelled;
 *   <li>source size, notices, kv, timers and log volume: checked on the host side of every call.
 * </ul>
 *
 * <p>Each handler call's allocation is exposed as {@code ExtensionInstance.lastAllocatedBytes()} (the thread
 * counter the allocation budget reads). A sandbox made with {@code SandboxConfig.countStatements()} also counts the
 * statements of each call with Graal's CPU tracer ({@code org.graalvm.tools:profiler-tool}, an optional dependency),
 * exactly as the statement budget counts them; the tracer refuses {@code CONSTRAINED} engines, so such a sandbox runs
 * its engines and contexts under {@code SandboxPolicy.TRUSTED}, with every restriction above still set one by one.
 * It is meant for {@code banter profile}, not for production.
 *
 * <p>Dialects: {@code banter/1} and {@code cb/1} (the Chaturbate Apps API v1). Each is a prelude script over the
 * same host bridge, evaluated after the same hardening ({@code harden.js}), so both get the same permissions,
 * limits and isolation.
 *
 * <p>A stack overflow is always contained and reported as {@link LimitKind#STACK}, but its depth is the worker
 * thread's stack, not a per-extension number, so {@code STACK} is not in {@link #enforcedLimits()}.
 */
public final class GraalSandboxProvider implements SandboxProvider {

    static final String NAME = "graal";
    static final Set<String> DIALECTS = Set.of("banter/1", "cb/1", Cb2.DIALECT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> dialects() {
        return DIALECTS;
    }

    @Override
    public Set<LimitKind> enforcedLimits() {
        return EnumSet.complementOf(EnumSet.of(LimitKind.STACK));
    }

    @Override
    public Sandbox create(SandboxConfig config) {
        return new GraalSandbox(config);
    }
}
