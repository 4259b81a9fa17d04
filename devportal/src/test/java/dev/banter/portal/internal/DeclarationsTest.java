package dev.banter.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

    private static final String DTS = """
            /// <reference path="common.d.ts" />
            declare namespace Banter {
              /** A user. */
              interface User {
                /** The name. */
                readonly name: string;
              }
              interface Event { readonly user: User; readonly ts: number }
              interface TipEvent extends Event {
                readonly amount: number;
              }
              type Handler<E extends Event = Event> = (event: E, ctx: Context) => void;
              interface Room {
                /**
                 * Sends a notice.
                 * @example ctx.room.notice('hi')
                 */
                notice(text: string, options?: { to?: string | null }): boolean;
                setSubject(subject: string): void;
              }
              interface Context {
                readonly room: Room;
                readonly settings: { readonly [name: string]: unknown };
                reject(reason?: string): void;
              }
              interface Api {
                on(type: string, fn: Handler<Event>): void;
                (...values: unknown[]): void;
              }
            }
            declare const banter: Banter.Api;
            declare function log(...values: unknown[]): void;
            """;

    @Test
    void read_findsInterfacesMembersAndDocs() {
        Declarations d = Declarations.read(Map.of("banter.d.ts", DTS));
        Map<String, List<Declarations.Member>> types = d.types();
        assertThat(types).containsKeys("Banter.User", "Banter.Room", "Banter.Context", "Banter.Api");
        assertThat(types.get("Banter.Room"))
                .extracting(Declarations.Member::name)
                .containsExactly("notice", "setSubject");
        Declarations.Member notice = types.get("Banter.Room").getFirst();
        assertThat(notice.kind()).isEqualTo("method");
        assertThat(notice.doc()).startsWith("Sends a notice.").contains("@example");
        assertThat(notice.detail()).startsWith("(text: string").endsWith(": boolean");
        assertThat(notice.type()).isEqualTo("boolean");
        assertThat(types.get("Banter.User").getFirst().doc()).isEqualTo("The name.");
    }

    @Test
    void read_foldsInheritedMembersIn() {
        Declarations d = Declarations.read(Map.of("a.d.ts", DTS));
        assertThat(d.types().get("Banter.TipEvent"))
                .extracting(Declarations.Member::name)
                .containsExactly("amount", "user", "ts");
    }

    @Test
    void read_bindsGlobalsAndParameterNames() {
        Declarations d = Declarations.read(Map.of("a.d.ts", DTS));
        assertThat(d.globals()).extracting(Declarations.Member::name).containsExactly("banter", "log");
        assertThat(d.resolve("", d.globals().getFirst().type())).isEqualTo("Banter.Api");
        assertThat(d.parameters()).containsEntry("ctx", "Banter.Context");
        assertThat(d.resolve("Banter", "readonly Room | null")).isEqualTo("Banter.Room");
        assertThat(d.resolve("Banter", "string")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void toJson_resolvesMemberTypes() {
        Map<String, Object> json = Declarations.read(Map.of("a.d.ts", DTS)).toJson();
        Map<String, List<Map<String, Object>>> types = (Map<String, List<Map<String, Object>>>) json.get("types");
        assertThat(types.get("Banter.Context"))
                .filteredOn(m -> m.get("name").equals("room"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("type", "Banter.Room"));
    }

    @Test
    void read_theFallbackDeclarationsHaveCtxRoomNotice() {
        Map<String, String> files = SdkTypes.load();
        Declarations d = Declarations.read(files);
        String ctx = d.parameters().get("ctx");
        assertThat(ctx).as("ctx in %s", files.keySet()).isNotNull();
        String room = d.types().get(ctx).stream()
                .filter(m -> m.name().equals("room"))
                .map(m -> d.resolve("Banter", m.type()))
                .findFirst()
                .orElseThrow();
        assertThat(d.types().get(room)).extracting(Declarations.Member::name).contains("notice");
    }
}
