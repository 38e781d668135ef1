package org.qianshou.system.csv;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.qianshou.system.security.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a CSV file that is written while it is sent: the writer runs on its own thread, in its own read-only
 * transaction, into a {@link ChunkPipe} the server reads from. At most {@link #AT_ONCE} files are written at a time
 * (each holds a database connection while it runs); one more is refused with 429 and {@code Retry-After}.
 *
 * <p>The limit belongs to the instance: each feature that offers files keeps its own, so that one feature's downloads
 * do not use up another's.
 */
public final class StreamedFiles {

    public static final int AT_ONCE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(StreamedFiles.class);

    private final Executor executor;
    private final Semaphore running = new Semaphore(AT_ONCE);

    /** The writers run on {@code executor} (the I/O executor: a writer waits for a slow reader). */
    public StreamedFiles(Executor executor) {
        this.executor = executor;
    }

    /** The file's bytes as the writer produces them; a failure of the writer breaks the stream off. */
    public InputStream open(String what, Consumer<OutputStream> writer) {
        if (!running.tryAcquire()) {
            throw new TooManyRequestsException(Duration.ofSeconds(10));
        }
        ChunkPipe pipe = new ChunkPipe();
        try {
            executor.execute(() -> {
                try {
                    writer.accept(pipe.sink);
                    // Ends the file only after the writer finished: closing it first (as a try-with-resources
                    // would, before its catch) let a quick reader take a broken-off file for a whole one.
                    pipe.sink.close();
                } catch (Exception e) {
                    LOG.warn("The {} file broke off: {}", what, e.getClass().getSimpleName());
                    pipe.fail();
                } finally {
                    running.release();
                }
            });
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
        return pipe.source;
    }
}
