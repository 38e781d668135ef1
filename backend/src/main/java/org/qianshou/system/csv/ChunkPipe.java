package org.qianshou.system.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pipe between a thread that writes a file as it reads the database and the server that sends it: at most
 * {@link #CHUNKS} chunks of {@link #CHUNK} bytes wait in between, so the writer waits for a slow reader (memory stays
 * flat whatever the file's length). Unlike {@link java.io.PipedInputStream} it tells each side what happened to the
 * other: a writer's failure reaches the reader as an {@link IOException} (the download breaks off instead of ending
 * short and looking complete), and a reader that closes (the client went away) or stops reading for {@link #STALL_SECONDS}
 * stops the writer.
 */
public final class ChunkPipe {

    public static final int CHUNK = 16 * 1024;
    public static final int CHUNKS = 8;
    public static final long STALL_SECONDS = 120;

    private static final byte[] END = new byte[0];
    private static final byte[] FAILED = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CHUNKS + 1);
    private volatile boolean readerClosed;

    /** The writer's end: buffers {@link #CHUNK} bytes, then hands them over, waiting while the pipe is full. */
    public final OutputStream sink = new OutputStream() {
        private final byte[] buffer = new byte[CHUNK];
        private int size;

        @Override
        public void write(int b) throws IOException {
            if (size == buffer.length) {
                flushChunk();
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (size == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - size);
                System.arraycopy(b, off, buffer, size, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() throws IOException {
            if (size > 0) {
                put(Arrays.copyOf(buffer, size));
                size = 0;
            }
        }

        private boolean closed;

        /** Ends the file; a second call does nothing. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            flushChunk();
            put(END);
        }
    };

    /** The reader's end, for the server to send. */
    public final InputStream source = new InputStream() {
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == chunk.length) {
                if (ended) {
                    return -1;
                }
                byte[] next;
                try {
                    next = queue.poll(STALL_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the file");
                }
                if (next == null || next == FAILED) {
                    ended = true;
                    throw new IOException("the file could not be written to the end");
                }
                if (next == END) {
                    ended = true;
                    return -1;
                }
                chunk = next;
                pos = 0;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            readerClosed = true;
            queue.clear();
        }
    };

    /** Tells the reader that the file broke off. */
    public void fail() {
        queue.clear();
        queue.offer(FAILED);
    }

    private void put(byte[] chunk) throws IOException {
        long waited = 0;
        try {
            while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
                if (readerClosed) {
                    throw new IOException("the reader went away");
                }
                if (++waited >= STALL_SECONDS) {
                    throw new IOException("the reader stopped reading");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the file");
        }
        if (readerClosed) {
            throw new IOException("the reader went away");
        }
    }
}
