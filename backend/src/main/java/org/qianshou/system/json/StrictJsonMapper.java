package org.qianshou.system.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonFeatures;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.jackson.JacksonDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A {@link JsonMapper} that reads JSON strictly and writes it as its delegate does. Reading (bytes, a buffer or a
 * stream) fails when
 * <ul>
 *   <li>anything but white space follows the value ({@code {"a":1}}}, {@code null x}), and
 *   <li>a one-element array stands where a single value (a string, a number, a boolean, an enum, a date) is expected
 *       ({@code {"version":[1]}}): the serde decoder would read it as that value. The error names the property, as
 *       any other wrong value does.
 * </ul>
 * Every other reading goes through the same serde registry as the delegate's.
 */
final class StrictJsonMapper implements JsonMapper {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonMapper delegate;
    private final SerdeRegistry registry;
    private final SerdeConfiguration configuration;
    private final @Nullable Class<?> view;

    StrictJsonMapper(
            JsonMapper delegate, SerdeRegistry registry, SerdeConfiguration configuration, @Nullable Class<?> view) {
        this.delegate = delegate;
        this.registry = registry;
        this.configuration = configuration;
        this.view = view;
    }

    @Override
    public <T> T readValue(byte[] bytes, Argument<T> type) throws IOException {
        requireOneValue(bytes);
        Deserializer.DecoderContext context = registry.newDecoderContext(view);
        Deserializer<? extends T> deserializer = context.findDeserializer(type).createSpecific(context, type);
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            Decoder decoder = new StrictDecoder(
                    JacksonDecoder.create(parser, LimitingStream.limitsFromConfiguration(configuration)), parser);
            return deserializer.deserializeNullable(decoder, context, type);
        }
    }

    @Override
    public <T> T readValue(InputStream inputStream, Argument<T> type) throws IOException {
        return readValue(inputStream.readAllBytes(), type);
    }

    @Override
    public <T> T readValue(ByteBuffer<?> byteBuffer, Argument<T> type) throws IOException {
        return readValue(byteBuffer.toByteArray(), type);
    }

    /** One JSON value and nothing after it but white space; an empty body is left to the deserializer. */
    private static void requireOneValue(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return;
            }
            parser.skipChildren();
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Unexpected " + after + " after the JSON value");
            }
        }
    }

    @Override
    public <T> T readValueFromTree(JsonNode tree, Argument<T> type) throws IOException {
        return delegate.readValueFromTree(tree, type);
    }

    @Override
    public JsonNode writeValueToTree(Object value) throws IOException {
        return delegate.writeValueToTree(value);
    }

    @Override
    public <T> JsonNode writeValueToTree(Argument<T> type, T value) throws IOException {
        return delegate.writeValueToTree(type, value);
    }

    @Override
    public void writeValue(OutputStream outputStream, Object object) throws IOException {
        delegate.writeValue(outputStream, object);
    }

    @Override
    public <T> void writeValue(OutputStream outputStream, Argument<T> type, T object) throws IOException {
        delegate.writeValue(outputStream, type, object);
    }

    @Override
    public byte[] writeValueAsBytes(Object object) throws IOException {
        return delegate.writeValueAsBytes(object);
    }

    @Override
    public <T> byte[] writeValueAsBytes(Argument<T> type, T object) throws IOException {
        return delegate.writeValueAsBytes(type, object);
    }

    @Override
    public JsonStreamConfig getStreamConfig() {
        return delegate.getStreamConfig();
    }

    @Override
    public void updateValueFromTree(Object value, JsonNode tree) throws IOException {
        delegate.updateValueFromTree(value, tree);
    }

    @Override
    public JsonMapper createSpecific(Argument<?> type) {
        return new StrictJsonMapper(delegate.createSpecific(type), registry, configuration, view);
    }

    @Override
    public JsonMapper cloneWithFeatures(JsonFeatures features) {
        return new StrictJsonMapper(delegate.cloneWithFeatures(features), registry, configuration, view);
    }

    @Override
    public JsonMapper cloneWithViewClass(Class<?> viewClass) {
        return new StrictJsonMapper(delegate.cloneWithViewClass(viewClass), registry, configuration, viewClass);
    }

    @Override
    public java.util.Optional<JsonFeatures> detectFeatures(io.micronaut.core.annotation.AnnotationMetadata metadata) {
        return delegate.detectFeatures(metadata);
    }
}
