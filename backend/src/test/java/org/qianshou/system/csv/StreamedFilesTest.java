package org.qianshou.system.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qianshou.system.security.TooManyRequestsException;

class StreamedFilesTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void oneFileMoreThanTheLimitIsRefusedUntilOneEnds() throws Exception {
        StreamedFiles files = new StreamedFiles(executor);
        CountDownLatch go = new CountDownLatch(1);
        List<InputStream> running = new ArrayList<>();
        for (int i = 0; i < StreamedFiles.AT_ONCE; i++) {
            running.add(files.open("test", waitingFor(go, "file " + i)));
        }
        assertThatThrownBy(() -> files.open("test", out -> {}))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(10));

        go.countDown();
        for (int i = 0; i < running.size(); i++) {
            assertThat(new String(running.get(i).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("file " + i);
        }
        assertThat(readWithin(files, "again")).isEqualTo("again");
    }

    @Test
    void eachInstanceHasItsOwnLimit() throws Exception {
        StreamedFiles disclosure = new StreamedFiles(executor);
        StreamedFiles openData = new StreamedFiles(executor);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < StreamedFiles.AT_ONCE; i++) {
            disclosure.open("test", waitingFor(go, "x"));
        }
        assertThatThrownBy(() -> disclosure.open("test", out -> {})).isInstanceOf(TooManyRequestsException.class);

        InputStream other = openData.open("test", out -> write(out, "other"));
        assertThat(new String(other.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("other");
        go.countDown();
    }

    @Test
    void aWriterThatFailsBreaksTheFileOffAndFreesItsPlace() throws Exception {
        StreamedFiles files = new StreamedFiles(executor);
        for (int i = 0; i < StreamedFiles.AT_ONCE + 1; i++) {
            InputStream in = openWhenFree(files, out -> {
                write(out, "half a row");
                throw new IllegalStateException("the database went away");
            });
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aFileTheExecutorRefusesFreesItsPlace() throws Exception {
        StreamedFiles files = new StreamedFiles(task -> {
            throw new RejectedExecutionException("full");
        });
        for (int i = 0; i < StreamedFiles.AT_ONCE + 1; i++) {
            assertThatThrownBy(() -> files.open("test", out -> {})).isInstanceOf(RejectedExecutionException.class);
        }
    }

    private static Consumer<OutputStream> waitingFor(CountDownLatch go, String content) {
        return out -> {
            try {
                if (!go.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never let go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            write(out, content);
        };
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's content, opened as soon as the files before it have let go of their places (they do so just after their end). */
    private static String readWithin(StreamedFiles files, String content) throws IOException {
        return new String(openWhenFree(files, out -> write(out, content)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static InputStream openWhenFree(StreamedFiles files, Consumer<OutputStream> writer) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return files.open("test", writer);
            } catch (TooManyRequestsException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
