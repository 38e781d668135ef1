package org.qianshou.volunteer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The keys that encrypt volunteers' ID numbers ({@code qianshou.volunteer.id-keys}; environment
 * {@code QIANSHOU_ID_KEYS} and {@code QIANSHOU_ID_KEY_CURRENT}). Checked at start-up by {@link IdNumberCipher}: a
 * malformed list, a key that is not 256 bits or a current id that names no key stops the start.
 *
 * @param keys {@code id:base64,id:base64} (each key 32 bytes, standard Base64; ids of 1–40 characters from
 *     {@code a-z 0-9 . _ -}); when empty, only the key derived from the master secret ({@code master-v1}) exists
 * @param current the id of the key new numbers are encrypted with; required when {@code keys} is set
 * @param reencryptOnStart whether each start re-encrypts numbers under other keys with the current one (default
 *     true; {@link IdNumberRotation})
 */
@ConfigurationProperties("qianshou.volunteer.id-keys")
public record IdKeysConfiguration(
        @Nullable String current,
        @Nullable String keys,
        @Bindable(defaultValue = "true") boolean reencryptOnStart) {

    @Override
    public String toString() {
        return "IdKeysConfiguration[current=" + current + ", keys=…]";
    }
}
