package dev.banter.core.internal.chain;

import dev.banter.api.action.Action;

/** An action and the handler that emitted it. */
public record Emitted(String handlerId, Action action) {}
