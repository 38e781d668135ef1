package org.qianshou.system.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A serde decoder over a Jackson parser that refuses a one-element array where a single value is read. The wrapped
 * decoder reads {@code [1]} as {@code 1}: it then stands on the array's end, where a single value leaves it on the
 * value itself. Structures it opens on the same parser are wrapped in turn. Not covered: a buffered copy ({@link
 * #decodeBuffer}, used for polymorphic types ({@code @JsonSubTypes}) and buffered creators) is read as the wrapped
 * decoder reads it, coercing again; no request type of the application is read that way today.
 */
final class StrictDecoder implements Decoder {

    private final Decoder delegate;
    private final JsonParser parser;

    StrictDecoder(Decoder delegate, JsonParser parser) {
        this.delegate = delegate;
        this.parser = parser;
    }

    private Decoder wrap(Decoder decoder) {
        return decoder == delegate ? this : new StrictDecoder(decoder, parser);
    }

    private void requireSingleValue(@Nullable Object value) throws IOException {
        if (parser.currentToken() == JsonToken.END_ARRAY) {
            // with the value, so that the error names the property like any other wrong value
            throw delegate.createDeserializationException("Expected a single value, not an array", "[" + value + "]");
        }
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        return wrap(delegate.decodeArray(type));
    }

    @Override
    public Decoder decodeArray() throws IOException {
        return wrap(delegate.decodeArray());
    }

    @Override
    public boolean hasNextArrayValue() throws IOException {
        return delegate.hasNextArrayValue();
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        return wrap(delegate.decodeObject(type));
    }

    @Override
    public Decoder decodeObject() throws IOException {
        return wrap(delegate.decodeObject());
    }

    @Override
    public @Nullable String decodeKey() throws IOException {
        return delegate.decodeKey();
    }

    @Override
    public String decodeString() throws IOException {
        String value = delegate.decodeString();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable String decodeStringNullable() throws IOException {
        String value = delegate.decodeStringNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        boolean value = delegate.decodeBoolean();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Boolean decodeBooleanNullable() throws IOException {
        Boolean value = delegate.decodeBooleanNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public byte decodeByte() throws IOException {
        byte value = delegate.decodeByte();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Byte decodeByteNullable() throws IOException {
        Byte value = delegate.decodeByteNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public short decodeShort() throws IOException {
        short value = delegate.decodeShort();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Short decodeShortNullable() throws IOException {
        Short value = delegate.decodeShortNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public char decodeChar() throws IOException {
        char value = delegate.decodeChar();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Character decodeCharNullable() throws IOException {
        Character value = delegate.decodeCharNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public Number decodeNumber() throws IOException {
        Number value = delegate.decodeNumber();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Number decodeNumberNullable() throws IOException {
        Number value = delegate.decodeNumberNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public int decodeInt() throws IOException {
        int value = delegate.decodeInt();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Integer decodeIntNullable() throws IOException {
        Integer value = delegate.decodeIntNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public long decodeLong() throws IOException {
        long value = delegate.decodeLong();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Long decodeLongNullable() throws IOException {
        Long value = delegate.decodeLongNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public float decodeFloat() throws IOException {
        float value = delegate.decodeFloat();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Float decodeFloatNullable() throws IOException {
        Float value = delegate.decodeFloatNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public double decodeDouble() throws IOException {
        double value = delegate.decodeDouble();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable Double decodeDoubleNullable() throws IOException {
        Double value = delegate.decodeDoubleNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        BigInteger value = delegate.decodeBigInteger();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable BigInteger decodeBigIntegerNullable() throws IOException {
        BigInteger value = delegate.decodeBigIntegerNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        BigDecimal value = delegate.decodeBigDecimal();
        requireSingleValue(value);
        return value;
    }

    @Override
    public @Nullable BigDecimal decodeBigDecimalNullable() throws IOException {
        BigDecimal value = delegate.decodeBigDecimalNullable();
        requireSingleValue(value);
        return value;
    }

    @Override
    public byte[] decodeBinary() throws IOException {
        return delegate.decodeBinary();
    }

    @Override
    public byte @Nullable [] decodeBinaryNullable() throws IOException {
        return delegate.decodeBinaryNullable();
    }

    @Override
    public boolean decodeNull() throws IOException {
        return delegate.decodeNull();
    }

    @Override
    public @Nullable Object decodeArbitrary() throws IOException {
        return delegate.decodeArbitrary();
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        return delegate.decodeNode();
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return delegate.decodeBuffer();
    }

    @Override
    public void skipValue() throws IOException {
        delegate.skipValue();
    }

    @Override
    public void finishStructure() throws IOException {
        delegate.finishStructure();
    }

    @Override
    public void finishStructure(boolean consumeLeftElements) throws IOException {
        delegate.finishStructure(consumeLeftElements);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public IOException createDeserializationException(String message, @Nullable Object invalidValue) {
        return delegate.createDeserializationException(message, invalidValue);
    }
}
