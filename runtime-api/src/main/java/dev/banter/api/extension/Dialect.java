package dev.banter.api.extension;

/**
 * The JavaScript API an extension is written against.
 *
 * @since 0.2
 */
public enum Dialect {
    /** Banter's own API: {@code banter.on}, {@code banter.command}, the handler context. */
    BANTER_1("banter/1"),
    /** The v1 apps API of existing chat platforms: {@code cb.onMessage}, {@code cb.sendNotice} ... */
    CB_1("cb/1"),
    /** The newer {@code $}-object API, one file per event handler plus shared code. */
    CB_2("cb/2");

    private final String key;

    Dialect(String key) {
        this.key = key;
    }

    /** The name in manifests and {@link dev.banter.api.sandbox.ExtensionSource#dialect()}, such as {@code banter/1}. */
    public String key() {
        return key;
    }

    /**
     * The dialect with that key.
     *
     * @throws IllegalArgumentException naming the key and listing the known ones, if there is none
     */
    public static Dialect ofKey(String key) {
        for (Dialect d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + key + "'; known: banter/1, cb/1, cb/2");
    }
}
