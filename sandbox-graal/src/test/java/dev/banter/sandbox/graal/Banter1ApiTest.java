package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Fixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.Permission;
import dev.banter.api.action.SetSubject;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.spi.StateScope;
import dev.banter.api.types.ChatMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Banter1ApiTest {

    private final Fixture f = new Fixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** The spec with only {@code granted} permissions. */
    private static InstanceSpec granting(InstanceSpec spec, java.util.Set<Permission> granted) {
        return new InstanceSpec(
                spec.source(),
                spec.room(),
                spec.worker(),
                spec.settings(),
                spec.state(),
                spec.limits(),
                spec.policy(),
                granted,
                spec.slot());
    }

    @Test
    void on_chat_rejectsAndNotices() {
        f.install(
                "r1",
                "filter",
                lines(
                        "banter.on('chat.message', (m, ctx) => {",
                        "  if (m.body.includes('spam')) { ctx.room.notice('no spam, ' + m.user.name, {to: m.user.name});"
                                + " ctx.reject('spam'); }",
                        "});"));

        Outcome ok = f.chat("r1", "alice", "hello");
        Outcome bad = f.chat("r1", "bob", "buy spam now");

        assertThat(ok.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(bad.status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(bad.reason()).isEqualTo("spam");
        assertThat(bad.actions())
                .containsExactly(new Notice(
                        "no spam, bob", NoticeTarget.user("bob"), dev.banter.api.action.NoticeStyle.plain()));
        assertThat(bad.trace()).singleElement().satisfies(t -> {
            assertThat(t.handlerId()).isEqualTo("ext:filter");
            assertThat(t.verdict()).isEqualTo(VerdictKind.REJECT);
        });
    }

    @Test
    void modify_rewritesTheBody() {
        f.install("r1", "shout", "banter.on('chat.message', (m, ctx) => ctx.modify({ body: m.body.toUpperCase() }));");

        Outcome out = f.chat("r1", "alice", "hello there");

        assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(out.message().payload()).isEqualTo(new ChatMessage("HELLO THERE"));
    }

    @Test
    void modify_isSeenByTheNextExtension_andEachMessageGetsItsOwnEvent() {
        f.install("r1", "shout", "banter.on('chat.message', (m, ctx) => ctx.modify({ body: m.body.toUpperCase() }));");
        f.install("r1", "echo", "banter.on('chat.message', (m, ctx) => ctx.room.notice(m.user.name + ': ' + m.body));");

        Outcome first = f.chat("r1", "alice", "hello");
        Outcome second = f.chat("r1", "bob", "bye now");

        assertThat(first.actions()).containsExactly(Notice.toAll("alice: HELLO"));
        assertThat(second.actions()).containsExactly(Notice.toAll("bob: BYE NOW"));
    }

    @Test
    void modify_stylesTheLine_keepingAnEarlierBodyChange() {
        f.install(
                "r1",
                "paint",
                lines(
                        "banter.on('chat.message', (m, ctx) => {",
                        "  ctx.modify({ body: m.body + '!' });",
                        "  ctx.modify({ color: '#aa0000', font: 'Arial' });",
                        "});"));

        Outcome out = f.chat("r1", "alice", "hello");

        assertThat(out.modified()).isTrue();
        assertThat(out.message().payload()).isEqualTo(new ChatMessage("hello!", "", "#aa0000", "Arial"));
    }

    @Test
    void modify_styleOfATip_throwsInTheHandler() {
        f.install("r1", "paint", "banter.on('tip', (t, ctx) => ctx.modify({ color: 'red' }));");

        Outcome out = f.tip("r1", "alice", 5);

        assertThat(out.trace().get(0).failure()).contains("ctx.modify styles chat messages only, not tip");
    }

    @Test
    void modify_withNothingToChange_throwsInTheHandler() {
        f.install("r1", "empty", "banter.on('chat.message', (m, ctx) => ctx.modify({}));");

        Outcome out = f.chat("r1", "alice", "hello");

        assertThat(out.delivered()).isTrue();
        assertThat(out.modified()).isFalse();
        assertThat(out.trace().get(0).failure())
                .contains("ctx.modify needs at least one of body, background, color, font");
    }

    @Test
    void command_runsOnlyForItsCommand_withArgs() {
        ExtensionInstance dice = f.install(
                "r1",
                "dice",
                lines("banter.command('roll', (c, ctx) => ctx.room.notice(c.user.name + ' rolls ' + c.args[0] + '/'"
                        + " + c.args.length + '/' + c.argText));"));

        assertThat(dice.subscriptions()).contains(Subscription.command("roll"));
        Outcome plain = f.chat("r1", "alice", "roll 2d6");
        Outcome other = f.chat("r1", "alice", "!dance");
        Outcome roll = f.chat("r1", "alice", "!roll 2d6 fast");

        assertThat(plain.trace()).isEmpty();
        assertThat(other.trace()).isEmpty();
        assertThat(roll.actions()).containsExactly(Notice.toAll("alice rolls 2d6/2/2d6 fast"));
    }

    @Test
    void tips_subjectAndKv_persistInTheStore() {
        f.install(
                "r1",
                "goal",
                lines(
                        "banter.on('tip', (t, ctx) => {",
                        "  const total = ctx.kv.incr('total', t.amount);",
                        "  ctx.room.setSubject('total ' + total);",
                        "  if (t.amount >= 100) ctx.moderation.mute('troll', 30, 'big tip, silence the troll');",
                        "});"));

        f.tip("r1", "alice", 10);
        Outcome last = f.tip("r1", "bob", 100);

        assertThat(last.actions())
                .containsExactly(
                        new SetSubject("total 110"),
                        new Mute("troll", java.time.Duration.ofSeconds(30), "big tip, silence the troll"));
        assertThat(f.store.get(new StateScope("goal", f.room("r1").id()), "total"))
                .contains("110");
    }

    @Test
    void kv_valuesAreCopies_andSurviveAnotherInstance() {
        String code = lines(
                "banter.on('chat.message', (m, ctx) => {",
                "  const list = ctx.kv.get('seen') || [];",
                "  list.push(m.user.name);",
                "  ctx.kv.set('seen', list);",
                "  list.push('not stored');",
                "  ctx.room.notice(JSON.stringify(ctx.kv.get('seen')) + ' ' + ctx.kv.keys().join(','));",
                "});");
        ExtensionInstance first = f.install("r1", "seen", code);
        f.chat("r1", "alice", "hi");
        first.uninstallFrom(f.room("r1"));
        first.close();
        f.install("r1", "seen", code);

        Outcome out = f.chat("r1", "bob", "hi");

        assertThat(out.actions()).containsExactly(Notice.toAll("[\"alice\",\"bob\"] seen"));
    }

    @Test
    void failedInvocation_discardsItsActionsAndKvWrites() {
        f.install(
                "r1",
                "half",
                lines(
                        "banter.on('chat.message', (m, ctx) => {",
                        "  ctx.kv.set('k', m.body);",
                        "  ctx.room.notice('before');",
                        "  if (m.body === 'boom') throw new Error('boom');",
                        "});"));

        f.chat("r1", "alice", "one");
        Outcome failed = f.chat("r1", "alice", "boom");
        Outcome after = f.chat("r1", "alice", "two");

        assertThat(failed.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(failed.actions()).isEmpty();
        assertThat(failed.trace()).singleElement().satisfies(t -> {
            assertThat(t.verdict()).isEqualTo(VerdictKind.FAILED);
            assertThat(t.failure()).contains("boom");
        });
        assertThat(after.actions()).containsExactly(Notice.toAll("before"));
        assertThat(f.store.get(new StateScope("half", f.room("r1").id()), "k")).contains("\"two\"");
    }

    @Test
    void permissions_notGranted_areRefusedWithAClearError() {
        var spec = f.spec("r1", "rude", "banter.on('chat.message', (m, ctx) => ctx.moderation.ban(m.user, 'x'));");
        f.install(granting(spec, java.util.Set.of()));

        Outcome out = f.chat("r1", "alice", "hi");

        assertThat(out.actions()).isEmpty();
        assertThat(out.trace().get(0).failure()).contains("moderation.ban needs the 'moderation.ban' permission");
    }

    @Test
    void kv_withoutThePermission_everyCallFailsNamingKvAndTheExtension() {
        var spec = f.spec(
                "r1",
                "nokv",
                lines(
                        "banter.on('chat.message', (m, ctx) => {",
                        "  const calls = {",
                        "    get: () => ctx.kv.get('k'), set: () => ctx.kv.set('k', 1), has: () => ctx.kv.has('k'),",
                        "    incr: () => ctx.kv.incr('k'), del: () => ctx.kv.delete('k'), keys: () => ctx.kv.keys() };",
                        "  const out = [];",
                        "  for (const name of Object.keys(calls)) {",
                        "    try { calls[name](); out.push(name + ' ok'); } catch (e) { out.push(name + ': ' + e.message); }",
                        "  }",
                        "  ctx.room.notice(out.join('\\n'));",
                        "});"));
        f.install(granting(spec, java.util.EnumSet.complementOf(java.util.EnumSet.of(Permission.KV))));

        Outcome out = f.chat("r1", "alice", "hi");

        assertThat(out.actions()).singleElement().satisfies(a -> {
            String text = ((Notice) a).text();
            assertThat(text.lines())
                    .hasSize(6)
                    .allSatisfy(line -> assertThat(line)
                            .contains("needs the 'kv' permission, which extension 'nokv' was not granted"));
            assertThat(text).contains("get: kv.get needs", "set: kv.set needs", "del: kv.", "keys: kv.keys needs");
        });
        assertThat(f.store.keys(new StateScope("nokv", f.room("r1").id()))).isEmpty();
    }

    @Test
    void settings_areFrozenAndVisible() {
        var spec = f.spec(
                        "r1",
                        "cfg",
                        lines(
                                "banter.on('chat.message', (m, ctx) => {",
                                "  try { ctx.settings.greeting = 'changed'; } catch (e) {}",
                                "  ctx.room.notice(ctx.settings.greeting + ' ' + ctx.settings.words.length + ' '"
                                        + " + Object.isFrozen(ctx.settings.words));",
                                "});"))
                .withSettings(java.util.Map.of("greeting", "hey", "words", List.of("a", "b")));
        f.install(spec);

        assertThat(f.chat("r1", "alice", "hi").actions()).containsExactly(Notice.toAll("hey 2 true"));
    }

    @Test
    void banterOn_afterLoading_isAnError_andUnknownNamesFailTheLoad() {
        f.install("r1", "late", "banter.on('chat.message', () => banter.on('tip', () => {}));");
        assertThat(f.chat("r1", "alice", "x").trace().get(0).failure())
                .contains("must be called while the extension loads");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> f.install("r1", "typo", "banter.command('Roll!', () => {});"))
                .isInstanceOf(dev.banter.api.ExtensionException.class)
                .hasMessageContaining("'Roll!' is not a command name");
    }

    @Test
    void syntaxError_failsTheLoadWithTheLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> f.install("r1", "broken", "banter.on('chat.message', (m) => {\n  let x = ;\n});"))
                .isInstanceOf(dev.banter.api.ExtensionException.class)
                .satisfies(e -> assertThat(((dev.banter.api.ExtensionException) e).isGuestError())
                        .isTrue())
                .hasMessageContaining("broken.js:2");
    }

    @Test
    void logs_goToTheListener() {
        f.install(
                "r1",
                "chatty",
                "banter.on('chat.message', (m, ctx) => { ctx.log('saw', m.body); console.log('c'); "
                        + "ctx.log.warn({a: 1}); });");

        f.chat("r1", "alice", "hi");

        assertThat(f.logs).containsExactly("info saw hi", "info c", "warn {\"a\":1}");
    }

    @Test
    void moderationActions_reachTheSinkInOrder() {
        f.install(
                "r1",
                "mod",
                lines(
                        "banter.on('chat.message', (m, ctx) => {",
                        "  if (m.body === 'ban me') { ctx.moderation.ban(m.user.name, 'asked'); ctx.room.notice('bye'); }",
                        "});"));

        f.chat("r1", "alice", "ban me");

        List<Action> delivered = f.delivered(2);
        assertThat(delivered).containsExactly(new Ban("alice", "asked"), Notice.toAll("bye"));
    }
}
