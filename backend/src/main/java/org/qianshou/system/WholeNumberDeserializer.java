package org.qianshou.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a whole number and refuses fractions instead of truncating them: money is integer fen, and
 * {@code 1.5} fen is an error, not 1 fen. Use with {@code @Serdeable.Deserializable(using = ...)}.
 */
@Singleton
public final class WholeNumberDeserializer implements Deserializer<Long> {

    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
        BigDecimal value = decoder.decodeBigDecimal();
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw decoder.createDeserializationException("not a whole number: " + value.toPlainString(), value);
        }
    }

    @Override
    public @Nullable Long deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Long> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
