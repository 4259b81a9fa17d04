package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Fixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Single builtin calls that would allocate past the budget are refused before they allocate anything. */
class AllocationGuardTest {

    private final Fixture f = new Fixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void hugeBuffersAndStrings_areRefusedUpFront_smallOnesWork() {
        f.install(
                "r1",
                "bombs",
                lines(
                        "const tries = {",
                        "  buffer: () => new ArrayBuffer(2 ** 31 - 100),",
                        "  viaConstructor: () => new (new Uint8Array(1).buffer.constructor)(2 ** 31 - 100),",
                        "  typed: () => new Float64Array(2 ** 28),",
                        "  typedCtor: () => new (new Int32Array(1).constructor)(2 ** 29),",
                        "  repeat: () => 'abcd'.repeat(2 ** 26),",
                        "  pad: () => ''.padEnd(2 ** 28, 'x'),",
                        "  shared: () => new SharedArrayBuffer(8),",
                        "};",
                        "banter.on('chat.message', (m, ctx) => {",
                        "  const out = [];",
                        "  for (const [name, t] of Object.entries(tries)) {",
                        "    try { t(); out.push(name + ':allocated'); } catch (e) { out.push(name + ':' + e.name); }",
                        "  }",
                        "  out.push('small:' + new Uint8Array(16).length + ',' + 'ab'.repeat(3) + ',' + 'x'.padStart(3, '-'));",
                        "  ctx.room.notice(out.join(' '));",
                        "});"));

        Outcome out = f.chat("r1", "alice", "go");

        assertThat(out.actions())
                .containsExactly(Notice.toAll("buffer:RangeError viaConstructor:RangeError typed:RangeError"
                        + " typedCtor:RangeError repeat:RangeError pad:RangeError shared:ReferenceError"
                        + " small:16,ababab,--x"));
    }
}
