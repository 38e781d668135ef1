package org.qianshou.system.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChunkPipeTest {

    @Test
    void everyByteWrittenIsReadInOrderAndTheEndIsTheEnd() throws Exception {
        ChunkPipe pipe = new ChunkPipe();
        byte[] data = new byte[ChunkPipe.CHUNK * 20 + 123];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = pipe.sink) {
                out.write(data, 0, 1000);
                out.write(data[1000]);
                out.write(data, 1001, data.length - 1001);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(pipe.source.readAllBytes()).isEqualTo(data);
        writer.get(10, TimeUnit.SECONDS);
        assertThat(pipe.source.read()).isEqualTo(-1);
    }

    @Test
    void theWriterWaitsWhileThePipeIsFullSoAtMostAFewChunksAreHeld() throws Exception {
        ChunkPipe pipe = new ChunkPipe();
        AtomicLong written = new AtomicLong();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = pipe.sink) {
                byte[] chunk = new byte[1024];
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        // Nobody reads: the writer is held after the pipe's chunks and its own buffer.
        assertThat(written.get()).isLessThanOrEqualTo((long) ChunkPipe.CHUNK * (ChunkPipe.CHUNKS + 3));
        assertThat(writer).isNotDone();
        InputStream in = pipe.source;
        long read = 0;
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            read += n;
        }
        assertThat(read).isEqualTo(10_000L * 1024);
        writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWriterThatFailsBreaksTheReadOffInsteadOfEndingItShort() throws Exception {
        ChunkPipe pipe = new ChunkPipe();
        pipe.sink.write(new byte[100]);
        pipe.fail();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThatThrownBy(() -> pipe.source.transferTo(got)).isInstanceOf(IOException.class);
    }

    @Test
    void aReaderThatGoesAwayStopsTheWriter() throws Exception {
        ChunkPipe pipe = new ChunkPipe();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = pipe.sink) {
                byte[] chunk = new byte[ChunkPipe.CHUNK];
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        pipe.source.read(new byte[10]);
        pipe.source.close();
        assertThatThrownBy(() -> writer.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasStackTraceContaining("the reader went away");
    }
}
