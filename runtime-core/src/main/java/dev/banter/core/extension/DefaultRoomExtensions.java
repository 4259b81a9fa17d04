package dev.banter.core.extension;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Permission;
import dev.banter.api.extension.AuditRecord;
import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.extension.LifecycleListener;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.extension.Version;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Slot;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.sandbox.ViolationPolicy;
import dev.banter.api.spi.StateStore;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ExtensionStart;
import dev.banter.api.types.SettingsChange;
import dev.banter.core.internal.lanes.LaneThread;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link RoomExtensions}: catalog versions run as sandbox instances in a runtime's rooms, under a
 * {@link PlatformPolicy}, with their kv in a {@link StateStore}. See {@link RoomExtensions} for the contract.
 *
 * {@snippet :
 * RoomExtensions rooms = DefaultRoomExtensions.newBuilder()
 *         .runtime(runtime).sandbox(sandbox).catalog(catalog).state(store)
 *         .listener(record -> audit.info("{}", record))
 *         .build();
 * rooms.install(InstallRequest.of(RoomId.of("alice"), "tipgoal", Version.parse("1.2.0"), "alice")
 *         .withSettings(Map.of("goal", 500)));
 * }
 *
 * @since 0.2
 */
public final class DefaultRoomExtensions implements RoomExtensions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRoomExtensions.class);

    /** The number of audit records per room the state store keeps by default. */
    public static final int DEFAULT_AUDIT_LIMIT = 1000;

    /** The actor of the audit records that {@link #restore} leaves. */
    public static final String RESTORE_ACTOR = "banter:restore";

    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final Catalog catalog;
    private final StateStore state;
    private final PlatformPolicy policy;
    private final ViolationPolicy violations;
    private final LifecycleListener listener;
    private final Clock clock;
    private final InstallationStore installations;
    private final InstanceParker parker;
    private final Map<RoomId, Map<String, Installed>> rooms = new HashMap<>();
    private final List<AuditRecord> audit = new ArrayList<>();
    private final Set<RoomId> restored = new HashSet<>();
    private long sequence;

    /** One extension in one room: what the host sees, the raw settings values, and the running instance. */
    private static final class Installed {
        InstalledExtension info;
        Map<String, Object> values;

        @Nullable
        ExtensionInstance instance;

        /** The position among the room's extensions, as stored: see {@link InstallationStore.Stored#order()}. */
        long order;

        Installed(InstalledExtension info, Map<String, Object> values, long order) {
            this.info = info;
            this.values = values;
            this.order = order;
        }
    }

    private DefaultRoomExtensions(Builder b) {
        this.runtime = Objects.requireNonNull(b.runtime, "runtime");
        this.sandbox = Objects.requireNonNull(b.sandbox, "sandbox");
        this.catalog = Objects.requireNonNull(b.catalog, "catalog");
        this.state = Objects.requireNonNull(b.state, "state");
        this.policy = b.policy != null ? b.policy : catalog.policy();
        this.violations = b.violations;
        this.listener = b.listener;
        this.clock = b.clock;
        this.installations = new InstallationStore(state, b.auditLimit);
        this.parker = new InstanceParker(b.parking);
        this.sequence = installations.lastSequence();
        parker.start();
    }

    /** A builder; runtime, sandbox, catalog and state are required. */
    public static Builder newBuilder() {
        return new Builder();
    }

    // ---- the lifecycle ----------------------------------------------------------------------------------------

    @Override
    public synchronized InstalledExtension install(InstallRequest request) {
        RoomId room = request.room();
        String id = request.extensionId();
        return audited(AuditRecord.Action.INSTALL, room, id, request.actor(), request.version(), () -> {
            Installed existing = find(room, id);
            if (existing != null) {
                throw new IllegalStateException("extension '" + id + "' is installed in room " + room.value()
                        + " already, at " + existing.info.version() + ": upgrade or uninstall it");
            }
            CatalogEntry entry = catalog.get(id, request.version());
            ExtensionManifest manifest = entry.manifest();
            Set<Permission> grants = request.grants() != null
                    ? request.grants()
                    : intersect(manifest.permissions(), policy.permissions());
            require("installing " + entry.coordinates() + " in " + room.value(), policy.installProblems(entry, grants));
            Map<String, Object> values = new LinkedHashMap<>(request.settings());
            Map<String, Object> settings = manifest.settings().resolve(values);
            checkAppSlot(room, manifest);
            ExtensionInstance instance = start(entry, room, settings, grants);
            InstalledExtension info = new InstalledExtension(room, manifest, settings, grants, true, null);
            Installed slot = new Installed(info, values, nextOrder(room));
            attach(room, slot, instance);
            rooms.computeIfAbsent(room, k -> new LinkedHashMap<>()).put(id, slot);
            return info;
        });
    }

    @Override
    public synchronized void uninstall(RoomId room, String extensionId, String actor) {
        audited(AuditRecord.Action.UNINSTALL, room, extensionId, actor, null, () -> {
            Installed slot = require(room, extensionId);
            stop(room, slot);
            rooms.get(room).remove(extensionId);
            return null;
        });
    }

    @Override
    public synchronized InstalledExtension enable(RoomId room, String extensionId, String actor) {
        return audited(AuditRecord.Action.ENABLE, room, extensionId, actor, null, () -> {
            Installed slot = require(room, extensionId);
            if (slot.info.enabled()) {
                throw new IllegalStateException(coordinates(slot) + " is enabled in room " + room.value() + " already");
            }
            CatalogEntry entry = catalog.get(extensionId, slot.info.version());
            require("enabling " + entry.coordinates(), policy.rollbackProblems(entry, slot.info.grants()));
            attach(room, slot, start(entry, room, slot.info.settings(), slot.info.grants()));
            slot.order = nextOrder(room);
            slot.info = with(slot.info, slot.info.manifest(), slot.info.settings(), true, slot.info.previous());
            return slot.info;
        });
    }

    @Override
    public synchronized InstalledExtension disable(RoomId room, String extensionId, String actor) {
        return audited(AuditRecord.Action.DISABLE, room, extensionId, actor, null, () -> {
            Installed slot = require(room, extensionId);
            if (!slot.info.enabled()) {
                throw new IllegalStateException(
                        coordinates(slot) + " is disabled in room " + room.value() + " already");
            }
            stop(room, slot);
            slot.info = with(slot.info, slot.info.manifest(), slot.info.settings(), false, slot.info.previous());
            return slot.info;
        });
    }

    @Override
    public synchronized InstalledExtension changeSettings(
            RoomId room, String extensionId, Map<String, ?> values, String actor) {
        return audited(AuditRecord.Action.CHANGE_SETTINGS, room, extensionId, actor, null, () -> {
            Installed slot = require(room, extensionId);
            Map<String, Object> merged = new LinkedHashMap<>(slot.values);
            merged.putAll(values);
            Map<String, Object> settings = slot.info.manifest().settings().resolve(merged);
            List<String> changed = new ArrayList<>();
            for (String name : slot.info.manifest().settings().names()) {
                if (!Objects.equals(settings.get(name), slot.info.settings().get(name))) {
                    changed.add(name);
                }
            }
            CatalogEntry entry = catalog.get(extensionId, slot.info.version());
            if (slot.info.enabled() && !changed.isEmpty()) {
                swap(room, slot, instantiate(entry, room, settings, slot.info.grants()), null);
            }
            slot.values = merged;
            slot.info = with(slot.info, slot.info.manifest(), settings, slot.info.enabled(), slot.info.previous());
            if (slot.info.enabled() && !changed.isEmpty()) {
                runtime.submit(Message.of(
                        BuiltinTypes.SETTINGS_CHANGE, room, User.system(), new SettingsChange(extensionId, changed)));
            }
            return slot.info;
        });
    }

    @Override
    public synchronized InstalledExtension upgrade(RoomId room, String extensionId, Version target, String actor) {
        return audited(AuditRecord.Action.UPGRADE, room, extensionId, actor, target, () -> {
            Installed slot = require(room, extensionId);
            Version from = slot.info.version();
            if (from.equals(target)) {
                throw new IllegalStateException(coordinates(slot) + " runs in room " + room.value() + " already");
            }
            CatalogEntry entry = catalog.get(extensionId, target);
            return switchTo(room, slot, entry, policy::installProblems, from.toString(), from);
        });
    }

    @Override
    public synchronized InstalledExtension rollback(RoomId room, String extensionId, String actor) {
        Installed known = find(room, extensionId);
        Version to = known == null ? null : known.info.previous();
        return audited(AuditRecord.Action.ROLLBACK, room, extensionId, actor, to, () -> {
            Installed slot = require(room, extensionId);
            Version previous = slot.info.previous();
            if (previous == null) {
                throw new IllegalStateException(
                        coordinates(slot) + " has no previous version to roll back to in room " + room.value());
            }
            CatalogEntry entry = catalog.get(extensionId, previous);
            return switchTo(room, slot, entry, policy::rollbackProblems, null, null);
        });
    }

    @Override
    public synchronized Optional<InstalledExtension> installed(RoomId room, String extensionId) {
        Installed slot = find(room, extensionId);
        return Optional.ofNullable(slot == null ? null : slot.info);
    }

    @Override
    public synchronized List<InstalledExtension> installed(RoomId room) {
        Map<String, Installed> all = rooms.getOrDefault(room, Map.of());
        Map<String, InstalledExtension> byHandler = new HashMap<>();
        for (Installed slot : all.values()) {
            byHandler.put("ext:" + slot.info.id(), slot.info);
        }
        List<InstalledExtension> out = new ArrayList<>();
        // chain order first (app, then bots in order); disabled ones after, in install order
        Optional<Room> open = runtime.room(room);
        if (open.isPresent()) {
            for (HandlerSpec spec : open.get().handlers()) {
                InstalledExtension info = byHandler.remove(spec.id());
                if (info != null) {
                    out.add(info);
                }
            }
        }
        for (Installed slot : all.values()) {
            if (byHandler.containsKey("ext:" + slot.info.id())) {
                out.add(slot.info);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public synchronized List<AuditRecord> audit() {
        return List.copyOf(audit);
    }

    // ---- restoring after a restart ----------------------------------------------------------------------------

    /**
     * {@inheritDoc}
     *
     * <p>This lifecycle keeps each room's installations in the scope {@code banter:installations} of that room, its
     * last {@linkplain Builder#auditLimit audit records} in {@code banter:audit}, and the rooms that have
     * installations in {@code banter:rooms} of room {@code banter}: no extension id contains a colon, so no
     * extension's kv can clash with them.
     */
    @Override
    public synchronized List<InstalledExtension> restore(RoomId room) {
        Objects.requireNonNull(room, "room");
        if (restored.add(room)) {
            audit.addAll(installations.audit(room));
            audit.sort(Comparator.comparingLong(AuditRecord::sequence));
        }
        for (InstallationStore.Stored stored : installations.load(room)) {
            if (find(room, stored.id()) != null) {
                continue;
            }
            try {
                audited(AuditRecord.Action.RESTORE, room, stored.id(), RESTORE_ACTOR, stored.version(), () -> {
                    return restoreOne(room, stored);
                });
            } catch (RuntimeException e) {
                LOG.warn("could not restore {}@{} in room {}", stored.id(), stored.version(), room.value(), e);
            }
        }
        return installed(room);
    }

    @Override
    public synchronized List<InstalledExtension> restoreAll() {
        List<InstalledExtension> out = new ArrayList<>();
        for (RoomId room : installations.rooms()) {
            out.addAll(restore(room));
        }
        return List.copyOf(out);
    }

    /** Puts a stored installation back; if its version may not run or fails to load, it stays, disabled. */
    private InstalledExtension restoreOne(RoomId room, InstallationStore.Stored stored) {
        CatalogEntry entry = catalog.get(stored.id(), stored.version());
        ExtensionManifest manifest = entry.manifest();
        Map<String, Object> settings = manifest.settings().resolve(stored.values());
        InstalledExtension info =
                new InstalledExtension(room, manifest, settings, stored.grants(), false, stored.previous());
        Installed slot = new Installed(info, new LinkedHashMap<>(stored.values()), stored.order());
        rooms.computeIfAbsent(room, k -> new LinkedHashMap<>()).put(stored.id(), slot);
        if (stored.enabled()) {
            require("restoring " + entry.coordinates(), policy.rollbackProblems(entry, stored.grants()));
            attach(room, slot, start(entry, room, settings, stored.grants()));
            slot.info = with(info, manifest, settings, true, stored.previous());
        }
        return slot.info;
    }

    // ---- parking ----------------------------------------------------------------------------------------------

    /** Parking counters; all zero unless {@link Builder#parking} was given (then {@code running} counts too). */
    public ParkingStats parking() {
        return parker.stats();
    }

    /** Stops the parking sweeps. The instances keep running; the rooms are the runtime's to close. Idempotent. */
    @Override
    public void close() {
        parker.close();
    }

    // ---- switching versions -----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Gate {
        List<ValidationProblem> problems(CatalogEntry entry, Set<Permission> grants);
    }

    /** Loads {@code entry} beside the running version, migrates if asked, and swaps it in on the room's lane. */
    private InstalledExtension switchTo(
            RoomId room,
            Installed slot,
            CatalogEntry entry,
            Gate gate,
            @Nullable String migrateFrom,
            @Nullable Version previous) {
        ExtensionManifest next = entry.manifest();
        if (next.kind() != slot.info.kind()) {
            throw new IllegalStateException("cannot switch " + coordinates(slot) + " ("
                    + slot.info.kind().key() + ") to " + entry.coordinates() + " ("
                    + next.kind().key() + "): the kind differs");
        }
        Set<Permission> grants = intersect(slot.info.grants(), next.permissions());
        require("switching " + coordinates(slot) + " to " + entry.coordinates(), gate.problems(entry, grants));
        Map<String, Object> settings = next.settings().resolve(slot.values);
        ExtensionInstance instance = instantiate(entry, room, settings, grants);
        swap(room, slot, instance, migrateFrom);
        slot.info = new InstalledExtension(room, next, settings, grants, slot.info.enabled(), previous);
        return slot.info;
    }

    /**
     * On the room's lane: runs the migration hook (if asked), then replaces the old instance's handlers with the new
     * one's in one chain swap and closes the old instance. If anything fails, the new instance is closed and the
     * old one runs on.
     */
    private void swap(RoomId room, Installed slot, ExtensionInstance next, @Nullable String migrateFrom) {
        Room r = runtime.openRoom(room);
        ExtensionInstance old = slot.instance;
        boolean enabled = slot.info.enabled();
        try {
            onLane(r, () -> {
                if (migrateFrom != null) {
                    next.migrate(migrateFrom);
                }
                if (enabled) {
                    List<String> oldIds = old == null
                            ? List.of()
                            : old.handlerSpecs().stream().map(HandlerSpec::id).toList();
                    r.replace(oldIds, next.handlerSpecs());
                }
                return null;
            });
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
        if (old != null) {
            old.close();
            parker.forget(old);
            slot.instance = null;
        }
        if (enabled) {
            attach(room, slot, next);
        } else {
            next.close();
        }
    }

    /** Takes an extension's handlers out of its room on the lane, so no invocation is cut short, and closes it. */
    private void stop(RoomId room, Installed slot) {
        ExtensionInstance instance = slot.instance;
        if (instance == null) {
            return;
        }
        Optional<Room> r = runtime.room(room);
        if (r.isPresent()) {
            onLane(r.get(), () -> instance.uninstallFrom(r.get()));
        }
        instance.close();
        parker.forget(instance);
        slot.instance = null;
    }

    private void attach(RoomId room, Installed slot, ExtensionInstance instance) {
        slot.instance = instance;
        parker.track(instance, runtime.openRoom(room));
    }

    private long nextOrder(RoomId room) {
        long max = 0;
        for (Installed other : rooms.getOrDefault(room, Map.of()).values()) {
            max = Math.max(max, other.order);
        }
        return max + 1;
    }

    private static <T> T onLane(Room room, Supplier<T> task) {
        if (LaneThread.onLane()) {
            throw new IllegalStateException(
                    "room lifecycle calls must not run on a lane thread (from a handler): they wait for the lane");
        }
        try {
            return room.onLane(task).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * Makes an instance, installs it in its room and tells the room it started ({@code extension.start}, which the
     * {@code cb/1} and {@code cb/2} dialects run their start code on); closes it again if the room refuses it.
     */
    private ExtensionInstance start(
            CatalogEntry entry, RoomId room, Map<String, Object> settings, Set<Permission> grants) {
        ExtensionInstance instance = instantiate(entry, room, settings, grants);
        try {
            instance.installInto(runtime.openRoom(room));
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        runtime.submit(Message.of(
                BuiltinTypes.EXTENSION_START,
                room,
                User.system(),
                new ExtensionStart(entry.id(), entry.version().toString())));
        return instance;
    }

    private ExtensionInstance instantiate(
            CatalogEntry entry, RoomId room, Map<String, Object> settings, Set<Permission> grants) {
        ExtensionPackage pkg = catalog.read(entry.id(), entry.version());
        if (!pkg.contentHash().equals(entry.contentHash())) {
            throw new IllegalStateException("the files of " + entry.coordinates() + " hash to " + pkg.contentHash()
                    + ", not the catalog's " + entry.contentHash());
        }
        ExtensionManifest manifest = entry.manifest();
        SandboxLimits limits = Manifests.effectiveLimits(
                manifest, policy.maxima().min(sandbox.config().maxima()));
        Room r = runtime.openRoom(room);
        InstanceSpec spec = new InstanceSpec(
                pkg.source(),
                room,
                r.lane(),
                settings,
                state,
                limits,
                violations,
                grants,
                manifest.kind().slot());
        return sandbox.instantiate(spec);
    }

    // ---- checks and the audit trail ---------------------------------------------------------------------------

    private void checkAppSlot(RoomId room, ExtensionManifest manifest) {
        if (manifest.kind().slot() != Slot.APP) {
            return;
        }
        for (Installed other : rooms.getOrDefault(room, Map.of()).values()) {
            if (other.info.kind() == manifest.kind()) {
                throw new IllegalStateException("room " + room.value() + " has app '" + other.info.id()
                        + "' installed; a room runs one app: uninstall it before installing '" + manifest.id() + "'");
            }
        }
    }

    private @Nullable Installed find(RoomId room, String id) {
        Map<String, Installed> all = rooms.get(room);
        return all == null ? null : all.get(id);
    }

    private Installed require(RoomId room, String id) {
        Installed slot = find(room, id);
        if (slot == null) {
            throw new IllegalStateException("extension '" + id + "' is not installed in room " + room.value());
        }
        return slot;
    }

    private static void require(String subject, List<ValidationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(subject, problems);
        }
    }

    private static String coordinates(Installed slot) {
        return slot.info.manifest().coordinates();
    }

    private static InstalledExtension with(
            InstalledExtension info,
            ExtensionManifest manifest,
            Map<String, Object> settings,
            boolean enabled,
            @Nullable Version previous) {
        return new InstalledExtension(info.room(), manifest, settings, info.grants(), enabled, previous);
    }

    private static Set<Permission> intersect(Set<Permission> a, Set<Permission> b) {
        EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
        for (Permission p : a) {
            if (b.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private <T> T audited(
            AuditRecord.Action action,
            RoomId room,
            String id,
            String actor,
            @Nullable Version asked,
            Supplier<T> change) {
        Installed before = find(room, id);
        Version from = before == null ? null : before.info.version();
        try {
            T result = change.get();
            Installed after = find(room, id);
            if (action != AuditRecord.Action.RESTORE) {
                persist(room, id, after);
            }
            record(
                    action,
                    room,
                    id,
                    actor,
                    from,
                    after == null ? null : after.info.version(),
                    AuditRecord.Result.SUCCEEDED,
                    detail(action, before, after));
            return result;
        } catch (IllegalStateException | NoSuchElementException | IllegalArgumentException e) {
            record(action, room, id, actor, from, asked, AuditRecord.Result.REFUSED, String.valueOf(e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            record(action, room, id, actor, from, asked, AuditRecord.Result.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static String detail(AuditRecord.Action action, @Nullable Installed before, @Nullable Installed after) {
        if (action == AuditRecord.Action.CHANGE_SETTINGS && after != null) {
            return "settings " + after.info.settings();
        }
        return "";
    }

    private void record(
            AuditRecord.Action action,
            RoomId room,
            String id,
            String actor,
            @Nullable Version from,
            @Nullable Version to,
            AuditRecord.Result result,
            String detail) {
        AuditRecord r = new AuditRecord(++sequence, clock.instant(), actor, room, id, action, from, to, result, detail);
        audit.add(r);
        try {
            installations.append(r);
        } catch (RuntimeException e) {
            LOG.error("could not store audit record {}; it is kept in memory only", r, e);
        }
        try {
            listener.onChange(r);
        } catch (RuntimeException e) {
            LOG.warn("the lifecycle listener failed on {}", r, e);
        }
    }

    private void persist(RoomId room, String id, @Nullable Installed slot) {
        if (slot == null) {
            installations.remove(room, id);
            return;
        }
        InstalledExtension info = slot.info;
        installations.save(
                room,
                new InstallationStore.Stored(
                        id, info.version(), slot.values, info.grants(), info.enabled(), info.previous(), slot.order));
    }

    /**
     * Configures a {@link DefaultRoomExtensions}.
     *
     * @since 0.2
     */
    public static final class Builder {
        private @Nullable BanterRuntime runtime;
        private @Nullable Sandbox sandbox;
        private @Nullable Catalog catalog;
        private @Nullable StateStore state;
        private @Nullable PlatformPolicy policy;
        private ViolationPolicy violations = ViolationPolicy.defaults();
        private LifecycleListener listener = r -> {};
        private Clock clock = Clock.systemUTC();
        private @Nullable Parking parking;
        private int auditLimit = DEFAULT_AUDIT_LIMIT;

        private Builder() {}

        /** Parks idle instances as {@code value} says. Default: instances are never parked. */
        public Builder parking(Parking value) {
            this.parking = Objects.requireNonNull(value, "parking");
            return this;
        }

        /**
         * How many audit records of each room the state store keeps; older ones are deleted as new ones are added
         * (the in-memory trail keeps them all). Default {@value DefaultRoomExtensions#DEFAULT_AUDIT_LIMIT}.
         *
         * @throws IllegalArgumentException if {@code value} is under 1
         */
        public Builder auditLimit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("auditLimit must be at least 1, was " + value);
            }
            this.auditLimit = value;
            return this;
        }

        /** The runtime whose rooms the extensions run in. Required. */
        public Builder runtime(BanterRuntime value) {
            this.runtime = Objects.requireNonNull(value, "runtime");
            return this;
        }

        /** The sandbox that makes the instances. Required. */
        public Builder sandbox(Sandbox value) {
            this.sandbox = Objects.requireNonNull(value, "sandbox");
            return this;
        }

        /** Where versions come from. Required. */
        public Builder catalog(Catalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** Where the instances' kv lives. Required. */
        public Builder state(StateStore value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }

        /** The policy for installs. Default: the catalog's. */
        public Builder policy(PlatformPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** What a limit violation of an instance does. Default {@link ViolationPolicy#defaults()}. */
        public Builder violations(ViolationPolicy value) {
            this.violations = Objects.requireNonNull(value, "violations");
            return this;
        }

        /** Hears every audit record. Default: nobody. */
        public Builder listener(LifecycleListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The clock audit records are stamped with. Default: the system UTC clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the lifecycle.
         *
         * @throws NullPointerException naming the first required part that is missing
         */
        public DefaultRoomExtensions build() {
            return new DefaultRoomExtensions(this);
        }
    }
}
