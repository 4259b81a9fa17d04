package dev.banter.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API of one portal: every endpoint, bad input and refusals. */
class PortalApiTest {

    @TempDir
    static Path dir;

    static Portal portal;
    static PortalClient api;

    @BeforeAll
    static void start() {
        portal = Portal.newBuilder()
                .port(0)
                .workspace(dir.resolve("work"))
                .catalog(dir.resolve("catalog"))
                .start();
        api = new PortalClient(portal);
        assertThat(api.post("/api/projects", Map.of("id", "dice", "template", "command-bot"))
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void url_carriesTheTokenAndTheLoopbackAddress() {
        assertThat(portal.url()).startsWith("http://127.0.0.1:" + portal.port() + "/?token=" + portal.token());
    }

    @Test
    void info_namesTemplatesAndDeclarations() {
        var a = api.get("/api/info");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.<List<String>>get("templates")).contains("command-bot", "tip-goal-app", "cb2-app");
        assertThat(a.<List<String>>get("declarations")).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void completions_resolveCtxRoomNotice() {
        var a = api.get("/api/sdk/completions");
        Map<String, String> params = a.get("parameters");
        String context = params.get("ctx");
        assertThat(context).endsWith("Context");
        Map<String, List<Map<String, Object>>> types = a.get("types");
        String room = (String) types.get(context).stream()
                .filter(m -> m.get("name").equals("room"))
                .findFirst()
                .orElseThrow()
                .get("type");
        assertThat(types.get(room)).extracting(m -> m.get("name")).contains("notice");
        assertThat(a.<List<Map<String, Object>>>get("globals"))
                .extracting(m -> m.get("name"))
                .contains("banter");
    }

    @Test
    void projects_listsTheCreatedProject() {
        var a = api.send("GET", "/api/projects", null, Map.of("X-Banter-Token", portal.token()));
        assertThat(a.body().toString()).isNotEmpty();
        var p = api.get("/api/projects/dice");
        assertThat(p.<List<String>>get("files")).contains("banter.json", "main.js", "scenarios/roll.yaml");
        assertThat(p.<String>get("version")).isEqualTo("0.1.0");
        assertThat(p.<List<String>>get("sources")).containsExactly("main.js");
    }

    @Test
    void create_refusesBadIdUnknownTemplateAndDuplicates() {
        var bad = api.post("/api/projects", Map.of("id", "../evil"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>get("error")).contains("id:").contains("../evil");
        var template = api.post("/api/projects", Map.of("id", "x1", "template", "nope"));
        assertThat(template.status()).isEqualTo(400);
        assertThat(template.<String>get("error")).contains("template:").contains("nope");
        assertThat(api.post("/api/projects", Map.of("id", "dice")).status()).isEqualTo(409);
        assertThat(api.post("/api/projects", Map.of("id", 5)).<String>get("error"))
                .isEqualTo("id: expected a string, got 5");
    }

    @Test
    void files_saveReadAndDelete() {
        assertThat(api.put("/api/projects/dice/files/lib/util.js", Map.of("text", "const x = 1;\n"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/projects/dice/files/lib/util.js").<String>get("text"))
                .isEqualTo("const x = 1;\n");
        assertThat(api.delete("/api/projects/dice/files/lib/util.js").status()).isEqualTo(200);
        assertThat(api.get("/api/projects/dice/files/lib/util.js").status()).isEqualTo(404);
        assertThat(api.delete("/api/projects/dice/files/banter.json").status()).isEqualTo(400);
        assertThat(api.put("/api/projects/dice/files/a.js", Map.of()).<String>get("error"))
                .isEqualTo("text: expected a string, got missing");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../escape.js",
                "..%2F..%2Fescape.js",
                "a/../../escape.js",
                "%2Fetc%2Fpasswd",
                "./x.js",
                "a//b.js",
                "..",
                "a/.."
            })
    void files_refuseNamesThatLeaveTheProject(String name) {
        var put = api.put("/api/projects/dice/files/" + name, Map.of("text", "pwned"));
        assertThat(put.status()).isIn(400, 404);
        assertThat(put.<String>get("error")).isNotBlank();
        assertThat(dir.resolve("escape.js")).doesNotExist();
        assertThat(dir.resolve("work/escape.js")).doesNotExist();
        assertThat(api.get("/api/projects/dice/files/" + name).status()).isIn(400, 404);
    }

    @Test
    void check_cleanProjectHasNoDiagnostics() {
        var a = api.post("/api/projects/dice/check", Map.of());
        assertThat(a.<List<?>>get("diagnostics")).isEmpty();
    }

    @Test
    void check_syntaxErrorComesFromTheEngineAtItsLine() {
        String broken = "// one\nbanter.command('roll', (cmd, ctx) => {\n  let x = ;\n});\n";
        var a = api.post("/api/projects/dice/check", Map.of("files", Map.of("main.js", broken)));
        List<Map<String, Object>> d = a.get("diagnostics");
        assertThat(d).anySatisfy(x -> {
            assertThat(x.get("file")).isEqualTo("main.js");
            assertThat(x.get("line")).isEqualTo(3);
            assertThat(x.get("source")).isEqualTo("validate");
        });
    }

    @Test
    void check_manifestStaticAndScenarioProblemsAreLocated() {
        String manifest = api.get("/api/projects/dice/files/banter.json").get("text");
        var badVersion = api.post(
                "/api/projects/dice/check",
                Map.of("files", Map.of("banter.json", manifest.replace("\"0.1.0\"", "\"1.x\""))));
        assertThat(badVersion.<List<Map<String, Object>>>get("diagnostics")).anySatisfy(x -> {
            assertThat(x.get("file")).isEqualTo("banter.json");
            assertThat(x.get("line")).isEqualTo(4);
            assertThat((String) x.get("message")).contains("version").contains("1.x");
        });
        var subject = api.post(
                "/api/projects/dice/check",
                Map.of(
                        "files",
                        Map.of("main.js", "banter.command('roll', (c, ctx) => {\n  ctx.room.setSubject('x');\n});\n")));
        assertThat(subject.<List<Map<String, Object>>>get("diagnostics")).anySatisfy(x -> {
            assertThat(x.get("source")).isEqualTo("validate");
            assertThat(x.get("line")).isEqualTo(2);
        });
        var scenario = api.post(
                "/api/projects/dice/check",
                Map.of("files", Map.of("scenarios/roll.yaml", "name: x\nsteps:\n  - nonsense: {}\n")));
        assertThat(scenario.<List<Map<String, Object>>>get("diagnostics")).anySatisfy(x -> {
            assertThat(x.get("file")).isEqualTo("scenarios/roll.yaml");
            assertThat(x.get("source")).isEqualTo("scenario");
            assertThat(x.get("line")).isEqualTo(3);
        });
        assertThat(api.post("/api/projects/dice/check", Map.of("files", Map.of("../x.js", "1")))
                        .status())
                .isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void room_rollAnswersWithANoticeAndEventsReachTheFeed() {
        assertThat(api.get("/api/projects/dice/room").status()).isEqualTo(404);
        var start = api.post("/api/projects/dice/room", Map.of());
        assertThat(start.status()).isEqualTo(200);
        var roll =
                api.post("/api/projects/dice/room/events", Map.of("kind", "chat", "user", "bob", "body", "!roll 2d6"));
        List<Map<String, Object>> feed = roll.get("feed");
        assertThat(feed).anySatisfy(e -> {
            assertThat(e.get("kind")).isEqualTo("notice");
            assertThat((String) e.get("text")).startsWith("bob rolled 2d6: ");
        });
        assertThat(feed)
                .anySatisfy(e -> assertThat(e).containsEntry("kind", "chat").containsEntry("verdict", "pass"));
        var tip = api.post(
                "/api/projects/dice/room/events",
                Map.of("kind", "tip", "user", "carol", "roles", List.of("fan"), "amount", 25, "note", "hi"));
        assertThat(tip.<List<Map<String, Object>>>get("feed"))
                .anySatisfy(e -> assertThat(e).containsEntry("kind", "event"));
        for (String kind : List.of("enter", "leave", "follow", "unfollow")) {
            assertThat(api.post("/api/projects/dice/room/events", Map.of("kind", kind, "user", "dave"))
                            .status())
                    .isEqualTo(200);
        }
        var time = api.post("/api/projects/dice/room/events", Map.of("kind", "advance", "ms", 120000));
        assertThat(time.<List<Map<String, Object>>>get("feed"))
                .anySatisfy(e -> assertThat(e).containsEntry("kind", "time"));
        var state = api.get("/api/projects/dice/room?since=0");
        assertThat((Map<String, Object>) state.get("kv")).containsEntry("rolls", 1);
        assertThat(state.<String>get("now")).isEqualTo("2026-01-01T00:02:00Z");
        long last = ((Number) state.get("last")).longValue();
        assertThat(api.get("/api/projects/dice/room?since=" + last).<List<?>>get("feed"))
                .isEmpty();
        assertThat(api.post("/api/projects/dice/room/events", Map.of("kind", "explode", "user", "x"))
                        .<String>get("error"))
                .startsWith("kind: expected one of");
        assertThat(api.post("/api/projects/dice/room/events", Map.of("kind", "chat", "user", "b c", "body", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/projects/dice/room/events", Map.of("kind", "tip", "user", "b", "amount", 0))
                        .<String>get("error"))
                .isEqualTo("amount: expected an integer 1..1000000, got 0");
        assertThat(api.post(
                                "/api/projects/dice/room/events",
                                Map.of("kind", "chat", "user", "b", "roles", List.of("king"), "body", "x"))
                        .<String>get("error"))
                .contains("roles:")
                .contains("king");
        assertThat(api.get("/api/projects/dice/room?since=x").status()).isEqualTo(400);
        assertThat(api.delete("/api/projects/dice/room").<Boolean>get("stopped"))
                .isTrue();
    }

    @Test
    void scenarios_runWithResults() {
        var a = api.post("/api/projects/dice/scenarios/run", Map.of());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.<Integer>get("passed")).isEqualTo(1);
        assertThat(a.<Integer>get("failed")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void versions_draftPublishDiffDeprecateWithdrawRestoreAndStage() {
        assertThat(api.post("/api/projects", Map.of("id", "goal", "template", "tip-goal-app"))
                        .status())
                .isEqualTo(200);
        var draft = api.post("/api/projects/goal/drafts", Map.of());
        assertThat(draft.<String>get("state")).isEqualTo("DRAFT");
        assertThat(draft.<String>get("contentHash")).startsWith("sha256:");
        var published = api.post("/api/projects/goal/publish", Map.of());
        assertThat(published.<String>get("state")).isEqualTo("PUBLISHED");
        assertThat(published.<String>get("contentHash")).isEqualTo(draft.get("contentHash"));

        String manifest = api.get("/api/projects/goal/files/banter.json").get("text");
        api.put("/api/projects/goal/files/banter.json", Map.of("text", manifest.replace("0.1.0", "0.2.0")));
        var second = api.post("/api/projects/goal/publish", Map.of());
        assertThat(second.<String>get("version")).as(second.body().toString()).isEqualTo("0.2.0");

        api.put("/api/projects/goal/files/banter.json", Map.of("text", manifest.replace("0.1.0", "0.0.9")));
        var lower = api.post("/api/projects/goal/publish", Map.of());
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.<String>get("error")).contains("above 0.2.0").contains("0.0.9");

        var diff = api.get("/api/catalog/goal/diff?from=0.1.0&to=0.2.0");
        assertThat(diff.<List<Map<String, Object>>>get("files"))
                .anySatisfy(
                        f -> assertThat(f).containsEntry("name", "banter.json").containsEntry("status", "changed"))
                .anySatisfy(f -> assertThat(f).containsEntry("name", "main.js").containsEntry("status", "same"));
        assertThat(api.get("/api/catalog/goal/diff?from=0.1.0").status()).isEqualTo(400);
        assertThat(api.get("/api/catalog/goal/0.1.0/files").<Map<String, String>>get("files"))
                .containsKey("main.js");

        var staged = api.post("/api/staging/goal/install", Map.of("version", "0.1.0"));
        assertThat(staged.<String>get("version")).isEqualTo("0.1.0");
        assertThat(api.post("/api/staging/goal/install", Map.of("version", "0.2.0"))
                        .<String>get("previous"))
                .isEqualTo("0.1.0");
        assertThat(api.post("/api/staging/goal/rollback", Map.of()).<String>get("version"))
                .isEqualTo("0.1.0");
        var staging = api.get("/api/staging");
        assertThat(staging.<List<Map<String, Object>>>get("audit"))
                .extracting(m -> m.get("action"))
                .containsSubsequence("INSTALL", "UPGRADE", "ROLLBACK");

        assertThat(api.post("/api/catalog/goal/0.1.0/deprecate", Map.of()).<String>get("state"))
                .isEqualTo("DEPRECATED");
        assertThat(api.post("/api/catalog/goal/0.1.0/withdraw", Map.of()).<String>get("state"))
                .isEqualTo("WITHDRAWN");
        var again = api.post("/api/catalog/goal/0.1.0/publish", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.post("/api/catalog/goal/9.9.9/deprecate", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/catalog/goal/nope/deprecate", Map.of()).<String>get("error"))
                .startsWith("version:");

        var restored = api.post("/api/projects/goal/restore", Map.of("version", "0.2.0"));
        assertThat(restored.<String>get("restored")).isEqualTo("0.2.0");
        var restoredProject = api.get("/api/projects/goal");
        assertThat(restoredProject.<String>get("version"))
                .as(restoredProject.body().toString())
                .isEqualTo("0.2.0");

        var catalog = api.get("/api/catalog");
        assertThat(catalog.<List<Map<String, Object>>>get("extensions"))
                .anySatisfy(e -> assertThat(e).containsEntry("id", "goal"));
        var audit = api.get("/api/audit");
        assertThat(audit.<List<Map<String, Object>>>get("catalog"))
                .extracting(m -> m.get("action") + " " + m.get("result"))
                .contains(
                        "submit SUCCEEDED",
                        "publish SUCCEEDED",
                        "publish REFUSED",
                        "deprecate SUCCEEDED",
                        "withdraw SUCCEEDED",
                        "restore SUCCEEDED");
        assertThat(api.post("/api/staging/goal/uninstall", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void auth_refusesMissingOrWrongTokenAndForeignOrigins() {
        assertThat(api.send("GET", "/api/info", null, Map.of()).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/info", null, Map.of("X-Banter-Token", "wrong"))
                        .status())
                .isEqualTo(401);
        var foreign = api.send(
                "POST",
                "/api/projects",
                Map.of("id", "evil"),
                Map.of("X-Banter-Token", portal.token(), "Origin", "http://evil.example"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.<String>get("error")).contains("Origin").contains("evil.example");
        var crossSite = api.send(
                "POST",
                "/api/projects",
                Map.of("id", "evil"),
                Map.of("X-Banter-Token", portal.token(), "Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(api.get("/api/projects/evil").status()).isEqualTo(404);
        var cookie = api.send("GET", "/api/info", null, Map.of("Cookie", "banter-portal-token=" + portal.token()));
        assertThat(cookie.status()).isEqualTo(200);
        var sameOrigin = api.send(
                "POST",
                "/api/projects/dice/check",
                Map.of(),
                Map.of("X-Banter-Token", portal.token(), "Origin", portal.base()));
        assertThat(sameOrigin.status()).isEqualTo(200);
    }

    @Test
    void page_tokenUrlSetsTheCookieAndTheAppIsServed() {
        var login = api.send("GET", "/?token=" + portal.token(), null, Map.of());
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("banter-portal-token=" + portal.token())
                .contains("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(api.send("GET", "/?token=wrong", null, Map.of()).status()).isEqualTo(401);
        var index = api.send("GET", "/", null, Map.of());
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body().get("raw").toString()).contains("Banter portal");
        assertThat(api.send("GET", "/app.js", null, Map.of()).status()).isEqualTo(200);
        assertThat(api.send("GET", "/../pom.xml", null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void host_aForeignHostHeaderIsRefused() throws IOException {
        try (Socket s = new Socket("127.0.0.1", portal.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/info HTTP/1.1\r\nHost: attacker.example:" + portal.port() + "\r\nX-Banter-Token: "
                            + portal.token() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 421").contains("Host: expected");
        }
    }

    @Test
    void api_unknownPathWrongMethodAndBadJson() {
        assertThat(api.get("/api/nothing").status()).isEqualTo(404);
        assertThat(api.send("PATCH", "/api/projects", "{}", Map.of("X-Banter-Token", portal.token()))
                        .status())
                .isEqualTo(405);
        var bad = api.post("/api/projects", "{not json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>get("error")).startsWith("the request body is not JSON");
        assertThat(api.post("/api/projects", "[1]").<String>get("error"))
                .isEqualTo("the request body: expected a JSON object, got [1]");
    }

    @Test
    void start_refusesANonLoopbackAddress() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Portal.newBuilder().bind("8.8.8.8").port(0).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback")
                .hasMessageContaining("8.8.8.8");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Portal.newBuilder().port(70000))
                .hasMessage("port: expected 0..65535, got 70000");
        assertThat(Files.isDirectory(dir.resolve("work/dice"))).isTrue();
    }
}
