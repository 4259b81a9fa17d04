package dev.banter.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticProblemsTest {

    private static ExtensionManifest manifest(String permissions, String types, String commands) {
        return Manifests.parse("{\"id\": \"t\", \"name\": \"T\", \"version\": \"1.0.0\", \"kind\": \"bot\","
                + " \"api\": \"banter/1\", \"main\": \"main.js\", \"permissions\": [" + permissions + "],"
                + " \"types\": [" + types + "], \"commands\": [" + commands + "]}");
    }

    private static List<ValidationProblem> check(ExtensionManifest m, String code) {
        return Manifests.staticProblems(m, Map.of("main.js", code));
    }

    @Test
    void undeclaredPermissions_areReportedWithFileLineAndColumn() {
        String code = String.join(
                "\n",
                "banter.on('chat.message', (m, ctx) => {",
                "  ctx.room.notice('hi');",
                "  const best = ctx.kv.get('best');",
                "  ctx.moderation.ban(m.user, 'spam');",
                "  ctx.timers.after('t', 1000);",
                "  ctx.room.setSubject(`best: ${ctx.kv.get('x')}`);",
                "});",
                "banter.timer('tick', () => {});");

        assertThat(check(manifest("", "\"chat.message\"", ""), code))
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(
                        tuple("main.js:2:7", "room.notice"),
                        tuple("main.js:3:20", "kv.get"),
                        tuple("main.js:4:7", "moderation.ban"),
                        tuple("main.js:5:7", "timers.after"),
                        tuple("main.js:6:7", "room.setSubject"),
                        tuple("main.js:6:36", "kv.get"),
                        tuple("main.js:8:1", "banter.timer"));
        assertThat(check(manifest("\"kv\"", "\"chat.message\"", ""), "ctx.kv.set('a', 1);"))
                .isEmpty();
    }

    @Test
    void problem_namesThePermissionAndSaysRunTimeRefusesIt() {
        assertThat(check(manifest("", "", ""), "ctx.kv.incr('n');"))
                .singleElement()
                .satisfies(p -> assertThat(p.expected())
                        .isEqualTo("the 'kv' permission in the manifest's permissions"
                                + " (kv.incr is refused at run time without it)"));
    }

    @Test
    void declaredPermissions_areNotReported() {
        String code = "banter.command('roll', (c, ctx) => { ctx.room.notice('x'); ctx.moderation.mute(c.user, 5);"
                + " ctx.kv.set('k', 1); ctx.timers.every('t', 5000); });";

        assertThat(check(manifest("\"notice\", \"moderation.mute\", \"kv\", \"timers\"", "", "\"roll\""), code))
                .isEmpty();
    }

    @Test
    void destructuredAndOptionalChainedUses_areSeen() {
        String code = "banter.on('tip', (t, { room, kv }) => { room.notice('x'); kv.keys(); });\n"
                + "banter.on('tip', (t, ctx) => ctx?.kv?.delete('k'));";

        assertThat(check(manifest("", "\"tip\"", ""), code))
                .extracting(ValidationProblem::value)
                .containsExactly("room.notice", "kv.keys", "kv.delete");
    }

    @Test
    void commentsStringsAndRegexes_areSkipped() {
        String code = String.join(
                "\n",
                "// ctx.kv.get('x') in a comment",
                "/* ctx.room.notice('x')",
                "   spans lines */",
                "const s = 'ctx.kv.set(1)' + \"ctx.moderation.ban(u)\" + `ctx.timers.after`;",
                "const r = /ctx.kv.get\\/x/g;",
                "const half = 4 / 2; // a division, not a regex: ctx.kv",
                "banter.on('chat.message', (m, ctx) => ctx.reject('no'));");

        assertThat(check(manifest("", "\"chat.message\"", ""), code)).isEmpty();
    }

    @Test
    void handlersForUndeclaredTypesAndCommands_areReported() {
        String code = String.join(
                "\n",
                "banter.on('chat.message', () => {});",
                "banter.on(\"tip\", () => {});",
                "banter.command('roll', () => {});",
                "banter.command('help', () => {});",
                "const name = 'user.enter'; banter.on(name, () => {}); // computed: not checked");

        assertThat(check(manifest("", "\"chat.message\"", "\"roll\""), code))
                .extracting(ValidationProblem::path, ValidationProblem::value, ValidationProblem::expected)
                .containsExactly(
                        tuple("main.js:2:1", "banter.on('tip')", "'tip' declared in the manifest's types"),
                        tuple("main.js:4:1", "banter.command('help')", "'help' declared in the manifest's commands"));
    }

    @Test
    void unknownMembersOfCtxAndBanter_areReportedWhereTheyAre() {
        String code = String.join(
                "\n",
                "banter.on('chat.message', (m, ctx) => {",
                "  ctx.notice('hi');",
                "  ctx.room.say('hi');",
                "  ctx.log.debug('x');",
                "  ctx.settings.whatever;",
                "  ctx.log('fine'); ctx.log.warn('fine'); ctx.now();",
                "});",
                "banter.onTip(() => {});",
                "other.ctx.anything; banter.version;");

        assertThat(check(manifest("\"notice\"", "\"chat.message\"", ""), code))
                .extracting(ValidationProblem::path, ValidationProblem::value, ValidationProblem::expected)
                .containsExactly(
                        tuple(
                                "main.js:2:7",
                                "ctx.notice",
                                "a member of the handler context: kv, log, moderation, modify, now, reject, room,"
                                        + " settings, timers"),
                        tuple("main.js:3:12", "ctx.room.say", "a member of ctx.room: notice, setSubject"),
                        tuple("main.js:4:11", "ctx.log.debug", "a member of ctx.log: error, info, warn"),
                        tuple(
                                "main.js:8:8",
                                "banter.onTip",
                                "a member of banter: version, on, command, timer, migrate"));
    }

    @Test
    void everyNamedFile_isChecked_andAMissingOneIsAProblem() {
        ExtensionManifest m =
                Manifests.parse("{\"id\": \"t\", \"name\": \"T\", \"version\": \"1.0.0\", \"kind\": \"bot\","
                        + " \"api\": \"banter/1\", \"main\": \"main.js\", \"shared\": [\"lib/a.js\", \"lib/b.js\"]}");

        List<ValidationProblem> problems =
                Manifests.staticProblems(m, Map.of("main.js", "", "lib/a.js", "\n\n  x.kv.has('k');"));

        assertThat(problems)
                .extracting(ValidationProblem::path, ValidationProblem::value)
                .containsExactly(tuple("lib/a.js:3:5", "kv.has"), tuple("lib/b.js", "missing"));
    }

    @Test
    void otherDialects_areNotCheckedYet() {
        ExtensionManifest m =
                Manifests.parse("{\"id\": \"t\", \"name\": \"T\", \"version\": \"1.0.0\", \"kind\": \"bot\","
                        + " \"api\": \"cb/1\", \"main\": \"main.js\"}");

        assertThat(Manifests.staticProblems(m, Map.of("main.js", "ctx.kv.get('x')")))
                .isEmpty();
    }

    @Test
    void unterminatedLiterals_doNotBreakTheScan() {
        for (String code : List.of("'abc", "`abc ${ctx.kv", "/* open", "/[/", "x = `${`${ctx.kv.get(1)}`}`")) {
            assertThat(check(manifest("\"kv\"", "", ""), code)).as(code).isEmpty();
        }
        assertThat(check(manifest("", "", ""), "x = `${`${ctx.kv.get(1)}`}`"))
                .extracting(ValidationProblem::value)
                .containsExactly("kv.get");
    }
}
