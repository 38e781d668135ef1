package org.qianshou.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.IdNumbersForTests;
import org.qianshou.testing.RealServices;

/** Key rotation: numbers under old keys (a configured one, the derived one) are re-encrypted under the current key. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdNumberRotationIT implements TestPropertyProvider {

    @Inject
    DataSource dataSource;

    @Inject
    IdNumberCipher cipher;

    @Inject
    IdNumberRotation rotation;

    @Inject
    VolunteerRepository volunteers;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("idrotation"));
        properties.put("qianshou.volunteer.id-keys.keys", "k2025:" + key() + ",k2026:" + key());
        properties.put("qianshou.volunteer.id-keys.current", "k2026");
        // This test calls the batches itself.
        properties.put("qianshou.volunteer.id-keys.reencrypt-on-start", "false");
        return properties;
    }

    @Test
    void numbersUnderOldKeysAreReencryptedUnderTheCurrentOne() {
        assertThat(cipher.currentKeyId()).isEqualTo("k2026");
        Map<Long, String> numbers = new LinkedHashMap<>();
        Map<Long, byte[]> before = new HashMap<>();
        String[] oldKeys = {"k2025", "master-v1", "k2025", "k2026"};
        for (String keyId : oldKeys) {
            long account = Accounts.create(dataSource, "r-" + UUID.randomUUID() + "@qianshou.test", "志愿者");
            String number = IdNumbersForTests.residentId(LocalDate.of(1990, 1, 1));
            IdNumberCipher.Sealed sealed = cipher.seal(account, number, keyId);
            volunteers.save(new Volunteer(
                    account,
                    "志愿者",
                    IdNumbers.RESIDENT_ID,
                    sealed.bytes(),
                    sealed.keyId(),
                    cipher.hash(IdNumbers.RESIDENT_ID, number),
                    IdNumbers.mask(number),
                    LocalDate.of(1990, 1, 1),
                    "male",
                    "13900001111",
                    1,
                    null,
                    null));
            numbers.put(account, number);
            before.put(account, sealed.bytes());
        }

        IdNumberRotation.Batch first = rotation.reencryptBatch(0, 2);
        assertThat(first.reencrypted()).isEqualTo(2);
        IdNumberRotation.Batch second = rotation.reencryptBatch(first.lastAccountId(), 2);
        assertThat(second.reencrypted()).isEqualTo(1);
        assertThat(rotation.reencryptBatch(second.lastAccountId(), 2).lastAccountId())
                .as("nothing left")
                .isEqualTo(-1);

        numbers.forEach((account, number) -> {
            Volunteer v = volunteers.findById(account).orElseThrow();
            assertThat(v.idNumberKeyId()).isEqualTo("k2026");
            assertThat(cipher.open(account, v.idNumberKeyId(), v.idNumberEncrypted()))
                    .isEqualTo(number);
        });
        long untouched = numbers.keySet().stream().skip(3).findFirst().orElseThrow();
        assertThat(volunteers.findById(untouched).orElseThrow().idNumberEncrypted())
                .as("a number already under the current key is left as it is")
                .isEqualTo(before.get(untouched));
        long rotated = numbers.keySet().iterator().next();
        assertThat(volunteers.findById(rotated).orElseThrow().idNumberEncrypted())
                .isNotEqualTo(before.get(rotated));
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
