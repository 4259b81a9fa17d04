package dev.banter.api.message;

/**
 * Reads and writes messages as JSON, checking them against the registry on the way in.
 *
 * <p>The wire form of a message:
 *
 * <pre>{@code
 * {"id":"m-1","type":"tip","room":"alice","ts":1767225600000,
 *  "sender":{"name":"bob","roles":["has-tokens"],"tipper":"tipped","gender":"m"},
 *  "payload":{"amount":25,"note":"hi","anonymous":false}}
 * }</pre>
 *
 * <p>{@code type} may carry a version as {@code "tip/v1"}; without one the registered version is meant. Decoding rejects
 * unknown types, unknown or duplicate properties, wrong JSON types, values outside their {@link FieldSpec}, and inputs
 * over the configured size, always with a {@link MessageFormatException} naming the path and the value. Codecs are
 * thread-safe.
 *
 * @since 0.1
 */
public interface MessageCodec {

    /**
     * Decodes one message.
     *
     * @throws MessageFormatException for anything that is not a valid message of a registered type
     */
    Message decode(byte[] json);

    /**
     * Decodes one message from text.
     *
     * @throws MessageFormatException for anything that is not a valid message of a registered type
     */
    Message decode(String json);

    /** Encodes a message as UTF-8 JSON. {@code decode(encode(m))} equals {@code m}. */
    byte[] encode(Message message);

    /** Encodes a message as JSON text. */
    String encodeToString(Message message);

    /**
     * Checks a payload against its type's schema, as decoding would.
     *
     * @throws MessageFormatException naming the first field that does not fit
     */
    void validate(MessageType<?> type, Payload payload);
}
