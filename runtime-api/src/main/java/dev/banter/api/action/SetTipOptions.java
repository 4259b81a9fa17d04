package dev.banter.api.action;

import java.util.List;

/**
 * Sets the options a viewer picks from when tipping, such as a tip menu.
 *
 * @param label the prompt, 0..256 chars
 * @param options the options, at most 64, each 1..256 chars; empty clears them
 * @since 0.1
 */
public record SetTipOptions(String label, List<String> options) implements Action {

    public SetTipOptions {
        Checks.text("tip options label", label, 256);
        options = List.copyOf(options);
        if (options.size() > 64) {
            throw new IllegalArgumentException("at most 64 tip options, got " + options.size());
        }
        for (int i = 0; i < options.size(); i++) {
            Checks.nonEmpty("tip option [" + i + "]", options.get(i), 256);
        }
    }

    @Override
    public Permission permission() {
        return Permission.TIP_OPTIONS;
    }
}
