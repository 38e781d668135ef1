package org.qianshou.volunteer;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key rotation for ID numbers (ADR 0008): re-encrypts, under the current key, every number still encrypted under
 * another. Runs once after each start (in the background, in batches, each its own transaction; rows another
 * instance is working on are skipped), so rotating is: add the new key, make it current, restart; once no row names
 * the old key, remove it.
 */
@Singleton
class IdNumberRotation implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(IdNumberRotation.class);
    static final int BATCH = 200;

    private final VolunteerRepository volunteers;
    private final IdNumberCipher cipher;
    private final boolean onStart;

    IdNumberRotation(VolunteerRepository volunteers, IdNumberCipher cipher, IdKeysConfiguration configuration) {
        this.volunteers = volunteers;
        this.cipher = cipher;
        this.onStart = configuration.reencryptOnStart();
    }

    /** What one batch did: how many rows it re-encrypted, and the last account it looked at. */
    record Batch(int reencrypted, long lastAccountId) {}

    /**
     * Re-encrypts up to {@code limit} numbers of accounts after {@code after} that are not under the current key.
     */
    @Transactional
    Batch reencryptBatch(long after, int limit) {
        String current = cipher.currentKeyId();
        List<Volunteer> rows = volunteers.encryptedUnderOtherKeys(current, after, limit);
        long last = after;
        int done = 0;
        for (Volunteer v : rows) {
            String number = cipher.open(v.accountId(), v.idNumberKeyId(), v.idNumberEncrypted());
            IdNumberCipher.Sealed sealed = cipher.seal(v.accountId(), number);
            done += (int) volunteers.reencrypt(v.accountId(), v.idNumberKeyId(), sealed.bytes(), sealed.keyId());
            last = v.accountId();
        }
        return new Batch(done, rows.isEmpty() ? -1 : last);
    }

    @Override
    @Async(TaskExecutors.BLOCKING)
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!onStart) {
            return;
        }
        try {
            long after = 0;
            int total = 0;
            while (true) {
                // Through the bean's own intercepted method, so that each batch is one transaction.
                Batch batch = reencryptBatch(after, BATCH);
                if (batch.lastAccountId() < 0) {
                    break;
                }
                total += batch.reencrypted();
                after = batch.lastAccountId();
            }
            if (total > 0) {
                LOG.info("Re-encrypted {} ID numbers under key {}", total, cipher.currentKeyId());
            }
        } catch (RuntimeException e) {
            // The message may name an account id and a key id, never a number; the class is enough here.
            LOG.error("Re-encrypting ID numbers stopped: {}", e.getClass().getSimpleName());
        }
    }
}
