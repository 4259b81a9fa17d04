package dev.banter.core.internal.registry;

import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.message.Payload;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON {@link MessageCodec}, on Jackson's streaming parser and generator: no reflection and no tree on the
 * per-message path.
 *
 * <p>Inputs longer than {@code maxMessageBytes} (in UTF-8) are refused before parsing. The limit applies to decoding
 * only, so {@code decode(encode(m))} equals {@code m} for every valid message whose encoding fits it. Create one codec
 * per runtime; it is immutable and thread-safe.
 */
public final class JsonMessageCodec implements MessageCodec {

    private final MessageTypeRegistry registry;
    private final int maxMessageBytes;
    private final JsonFactory factory = JsonFactory.builder().build();

    /**
     * Creates a codec.
     *
     * @param registry the types it decodes
     * @param maxMessageBytes the largest input it reads, in bytes
     * @throws IllegalArgumentException if {@code maxMessageBytes} is below 1
     */
    public JsonMessageCodec(MessageTypeRegistry registry, int maxMessageBytes) {
        this.registry = Objects.requireNonNull(registry, "registry");
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be >= 1, was " + maxMessageBytes);
        }
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public Message decode(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > maxMessageBytes) {
            throw tooLarge(json.length + " bytes");
        }
        return MessageReader.read(registry, () -> factory.createParser(ObjectReadContext.empty(), json));
    }

    @Override
    public Message decode(String json) {
        Objects.requireNonNull(json, "json");
        if (!fits(json)) {
            throw tooLarge("more than " + maxMessageBytes + " bytes");
        }
        return MessageReader.read(registry, () -> factory.createParser(ObjectReadContext.empty(), json));
    }

    @Override
    public byte[] encode(Message message) {
        return MessageWriter.write(factory, message);
    }

    @Override
    public String encodeToString(Message message) {
        // Through UTF-8, whose generator escapes unpaired surrogates; the text generator would replace them.
        return new String(encode(message), StandardCharsets.UTF_8);
    }

    @Override
    public void validate(MessageType<?> type, Payload payload) {
        PayloadValidator.validate(type, payload);
    }

    /** The largest input {@link #decode} reads, in UTF-8 bytes. */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    // Whether the text's UTF-8 form is within the limit, counted without encoding it.
    private boolean fits(String json) {
        if (json.length() > maxMessageBytes) {
            return false;
        }
        long bytes = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > maxMessageBytes) {
                return false;
            }
        }
        return true;
    }

    private MessageFormatException tooLarge(String size) {
        return new MessageFormatException("$", size, "expected at most " + maxMessageBytes + " bytes");
    }
}
