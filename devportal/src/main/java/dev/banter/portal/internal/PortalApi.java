package dev.banter.portal.internal;

import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.Mismatch;
import dev.banter.sdk.harness.Scenario;
import dev.banter.sdk.harness.ScenarioFormatException;
import dev.banter.sdk.harness.ScenarioResult;
import dev.banter.sdk.harness.ScenarioRunner;
import dev.banter.sdk.harness.Scenarios;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON API's routes over the workspace, the checks, the test rooms, the scenario runner, the catalog and the
 * staging room. See {@code docs/portal.md} for every endpoint.
 */
public final class PortalApi implements AutoCloseable {

    private static final String ID = "([^/]+)";
    private static final String P = "/api/projects/" + ID;
    private static final String C = "/api/catalog/" + ID + "/([^/]+)";

    private final Workspace workspace;
    private final Versions versions;
    private final Checker checker;
    private final Staging staging;
    private final CatalogAudit audit;
    private final Map<String, Object> completions;
    private final Map<String, TestRoom> rooms = new ConcurrentHashMap<>();

    public PortalApi(Workspace workspace, FileSystemCatalog catalog) {
        this.workspace = workspace;
        this.audit = new CatalogAudit(workspace.root(), Clock.systemUTC());
        this.versions = new Versions(catalog, workspace, audit);
        this.checker = new Checker(catalog.policy());
        this.staging = new Staging(catalog);
        Map<String, String> dts = SdkTypes.load();
        Map<String, Object> model = new LinkedHashMap<>(Declarations.read(dts).toJson());
        model.put("files", List.copyOf(dts.keySet()));
        this.completions = model;
    }

    /** Adds every route to {@code router}. */
    public Router routes(Router router) {
        return router.on("GET", "/api/info", r -> info())
                .on("GET", "/api/sdk/completions", r -> completions)
                .on("GET", "/api/projects", r -> projects())
                .on("POST", "/api/projects", r -> create(r))
                .on("GET", P, r -> project(r.param(0)))
                .on(
                        "GET",
                        P + "/files/(.+)",
                        r -> Router.map("name", r.param(1), "text", workspace.read(r.param(0), r.param(1))))
                .on("PUT", P + "/files/(.+)", r -> {
                    workspace.save(r.param(0), r.param(1), r.requiredString("text"));
                    return Router.map("saved", r.param(1));
                })
                .on("DELETE", P + "/files/(.+)", r -> {
                    workspace.delete(r.param(0), r.param(1));
                    return Router.map("deleted", r.param(1));
                })
                .on("POST", P + "/check", r -> check(r))
                .on("POST", P + "/room", r -> startRoom(r))
                .on("GET", P + "/room", r -> room(r.param(0)).state(since(r)))
                .on(
                        "POST",
                        P + "/room/events",
                        r -> Router.map("feed", room(r.param(0)).send(r)))
                .on("DELETE", P + "/room", r -> {
                    TestRoom old = rooms.remove(Workspace.checkId(r.param(0)));
                    if (old != null) {
                        old.close();
                    }
                    return Router.map("stopped", old != null);
                })
                .on("POST", P + "/scenarios/run", r -> runScenarios(r))
                .on("POST", P + "/drafts", r -> versions.draft(r.param(0)))
                .on("POST", P + "/publish", r -> versions.publish(r.param(0)))
                .on("POST", P + "/restore", r -> versions.restore(r.param(0), r.requiredString("version")))
                .on("GET", "/api/catalog", r -> Router.map("extensions", versions.list()))
                .on("GET", C + "/files", r -> Router.map("files", versions.files(r.param(0), r.param(1))))
                .on(
                        "POST",
                        C + "/publish",
                        r -> versions.transition(r.param(0), r.param(1), PublicationState.PUBLISHED))
                .on(
                        "POST",
                        C + "/deprecate",
                        r -> versions.transition(r.param(0), r.param(1), PublicationState.DEPRECATED))
                .on(
                        "POST",
                        C + "/withdraw",
                        r -> versions.transition(r.param(0), r.param(1), PublicationState.WITHDRAWN))
                .on(
                        "GET",
                        "/api/catalog/" + ID + "/diff",
                        r -> versions.diff(r.param(0), required(r, "from"), required(r, "to")))
                .on("GET", "/api/staging", r -> staging.state())
                .on(
                        "POST",
                        "/api/staging/" + ID + "/install",
                        r -> staging.install(r.param(0), r.requiredString("version")))
                .on("POST", "/api/staging/" + ID + "/rollback", r -> staging.rollback(r.param(0)))
                .on("POST", "/api/staging/" + ID + "/uninstall", r -> {
                    staging.uninstall(r.param(0));
                    return Router.map("uninstalled", r.param(0));
                })
                .on(
                        "GET",
                        "/api/audit",
                        r -> Router.map(
                                "catalog",
                                audit.records(),
                                "staging",
                                staging.state().get("audit")));
    }

    private Map<String, Object> info() {
        return Router.map(
                "workspace", workspace.root().toString(),
                "catalog", versions.catalog().root().toString(),
                "templates", Workspace.templates(),
                "policy",
                        Router.map(
                                "requireReview", versions.catalog().policy().requireReview(),
                                "dialects",
                                        versions.catalog().policy().dialects().stream()
                                                .map(d -> d.key())
                                                .sorted()
                                                .toList()),
                "declarations", completions.get("files"));
    }

    private List<Map<String, Object>> projects() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : workspace.ids()) {
            out.add(Router.map("id", id, "files", workspace.files(id).keySet()));
        }
        return out;
    }

    private Map<String, Object> create(Request r) {
        String id = r.requiredString("id");
        workspace.create(id, r.string("template") == null ? "command-bot" : r.requiredString("template"));
        return project(id);
    }

    private Map<String, Object> project(String id) {
        Map<String, String> files = workspace.files(id);
        Map<String, Object> m = Router.map("id", id, "files", files.keySet());
        try {
            ExtensionProject p = ExtensionProject.load(workspace.dir(id));
            m.put("version", p.pkg().version().toString());
            m.put("api", p.manifest().dialect().key());
            m.put("kind", p.manifest().kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("sources", p.manifest().files());
        } catch (ValidationException e) {
            m.put(
                    "problems",
                    e.problems().stream().map(ValidationProblem::describe).toList());
        }
        return m;
    }

    private Map<String, Object> check(Request r) {
        String id = r.param(0);
        Map<String, String> files = new LinkedHashMap<>(workspace.files(id));
        r.object("files").forEach((name, text) -> {
            Workspace.resolve(workspace.dir(id), name);
            if (!(text instanceof String s)) {
                throw ApiException.bad("files." + name + ": expected a string, got " + Json.cut(text));
            }
            files.put(name, s);
        });
        return Router.map(
                "diagnostics",
                checker.check(files).stream().map(Finding::toJson).toList());
    }

    private Map<String, Object> startRoom(Request r) {
        String id = r.param(0);
        ExtensionProject project = versions.project(id);
        TestRoom room = new TestRoom(project, r.object("settings"));
        TestRoom old = rooms.put(id, room);
        if (old != null) {
            old.close();
        }
        return room.state(0);
    }

    private TestRoom room(String id) {
        TestRoom room = rooms.get(Workspace.checkId(id));
        if (room == null) {
            throw ApiException.notFound(
                    "no test room runs " + id + ": start one with POST /api/projects/" + id + "/room");
        }
        return room;
    }

    private Map<String, Object> runScenarios(Request r) {
        ExtensionProject project = versions.project(r.param(0));
        String only = r.string("only");
        List<Scenario> scenarios;
        try {
            scenarios = Scenarios.loadAll(project.dir());
        } catch (ScenarioFormatException e) {
            throw ApiException.bad(e.getMessage());
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (only != null && !s.name().contains(only) && !s.file().contains(only)) {
                continue;
            }
            ScenarioResult res = ScenarioRunner.run(project, s);
            List<Map<String, Object>> mismatches = new ArrayList<>();
            for (Mismatch x : res.mismatches()) {
                mismatches.add(Router.map(
                        "step",
                        x.step(),
                        "line",
                        x.line(),
                        "description",
                        x.description(),
                        "key",
                        x.key(),
                        "expected",
                        x.expected(),
                        "actual",
                        x.actual()));
            }
            results.add(Router.map(
                    "name",
                    s.name(),
                    "file",
                    s.file(),
                    "passed",
                    res.passed(),
                    "millis",
                    res.nanos() / 1_000_000,
                    "error",
                    res.error(),
                    "mismatches",
                    mismatches,
                    "report",
                    res.report()));
        }
        long passed = results.stream().filter(m -> (boolean) m.get("passed")).count();
        return Router.map(
                "extension",
                project.pkg().manifest().coordinates(),
                "passed",
                passed,
                "failed",
                results.size() - passed,
                "scenarios",
                results);
    }

    private static long since(Request r) {
        String s = r.query("since");
        if (s == null) {
            return 0;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiException.bad("since: expected an integer, got " + Json.cut(s));
        }
    }

    private static String required(Request r, String name) {
        String v = r.query(name);
        if (v == null || v.isEmpty()) {
            throw ApiException.bad(name + ": expected a query parameter, got missing");
        }
        return v;
    }

    @Override
    public void close() {
        rooms.values().forEach(TestRoom::close);
        rooms.clear();
        staging.close();
    }
}
