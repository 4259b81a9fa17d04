package dev.banter.benchmarks;

import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.Warn;
import dev.banter.api.handler.Outcome;
import dev.banter.api.types.ChatMessage;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a workload did over a corpus, in the reference's terms: messages, rejections, bodies returned (modified) and
 * their total length in UTF-16 units, and emitted actions by the reference's type names ({@code moderation.ban},
 * {@code moderation.warn}, {@code moderation.mute}, {@code notice}, {@code room.subject}; {@code notice.to} counts
 * the notices sent to one user, which are also counted under {@code notice}).
 */
final class Counts {

    long messages;
    long rejected;
    long modified;
    long modifiedChars;
    private final TreeMap<String, Long> actions = new TreeMap<>();

    void action(String type) {
        actions.merge(type, 1L, Long::sum);
    }

    /** Counts one Banter outcome. */
    void outcome(Outcome outcome) {
        messages++;
        if (outcome.status() == Outcome.Status.REJECTED) {
            rejected++;
        } else if (outcome.status() != Outcome.Status.DELIVERED) {
            throw new IllegalStateException(
                    "message " + outcome.message().id() + " was " + outcome.status() + ": " + outcome.reason());
        } else if (outcome.modified() && outcome.message().payload() instanceof ChatMessage chat) {
            modified++;
            modifiedChars += chat.body().length();
        }
        for (Action a : outcome.actions()) {
            action(a);
        }
    }

    private void action(Action a) {
        switch (a) {
            case Ban b -> action("moderation.ban");
            case Warn w -> action("moderation.warn");
            case Mute m -> action("moderation.mute");
            case SetSubject s -> action("room.subject");
            case Notice n -> {
                action("notice");
                if (n.target() instanceof NoticeTarget.ToUser) {
                    action("notice.to");
                }
            }
            default -> action(a.getClass().getSimpleName());
        }
    }

    /** Every count as {@code prefix.key}, the format of the reference properties. */
    Map<String, String> asMap(String prefix) {
        Map<String, String> map = new TreeMap<>();
        map.put(prefix + ".messages", Long.toString(messages));
        map.put(prefix + ".rejected", Long.toString(rejected));
        map.put(prefix + ".modified", Long.toString(modified));
        map.put(prefix + ".modifiedChars", Long.toString(modifiedChars));
        actions.forEach((k, v) -> map.put(prefix + ".action." + k, Long.toString(v)));
        return map;
    }

    @Override
    public String toString() {
        return "messages=" + messages + " rejected=" + rejected + " modified=" + modified + " modifiedChars="
                + modifiedChars + " actions=" + actions;
    }
}
