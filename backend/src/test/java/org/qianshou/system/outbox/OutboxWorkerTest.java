package org.qianshou.system.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.SearchIndex;
import org.qianshou.system.search.SearchKind;

class OutboxWorkerTest {

    /** Answers {@code drainOnce} from a script and records the batch sizes the worker asked for. */
    static final class ScriptedSync extends IndexSync {
        final Deque<Integer> answers = new ArrayDeque<>();
        final List<Integer> sizes = new ArrayList<>();

        ScriptedSync() {
            super(null, null, new OutboxConfiguration(true, 500, Duration.ofSeconds(1), Duration.ofSeconds(5)));
        }

        @Override
        public void ensureIndex(SearchKind<?> kind) {}

        @Override
        public <D extends IndexedDocument> int drainOnce(SearchKind<D> kind, int batchSize) {
            sizes.add(batchSize);
            return answers.isEmpty() ? 0 : answers.poll();
        }

        List<Integer> tick(OutboxWorker worker, Integer... script) {
            answers.addAll(List.of(script));
            sizes.clear();
            worker.drain(PROJECTS);
            return List.copyOf(sizes);
        }
    }

    static final SearchKind<IndexedDocument> PROJECTS = kind("projects");
    static final SearchKind<IndexedDocument> OPENINGS = kind("openings");

    /**
     * A kind known by its name and aggregate type only: these tests check which kind the worker drains and in what
     * order, with the batches answered by the stand-in repository, so the worker never indexes, reads documents or
     * rebuilds through it, and a test that made it do so fails.
     */
    static SearchKind<IndexedDocument> kind(String name) {
        return new SearchKind<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String aggregateType() {
                return name.substring(0, name.length() - 1);
            }

            @Override
            public SearchIndex<IndexedDocument> index() {
                throw new AssertionError("the worker reached the index of " + name);
            }

            @Override
            public List<IndexOperation<IndexedDocument>> operations(List<Long> ids) {
                throw new AssertionError("the worker read the documents of " + name + " " + ids);
            }

            @Override
            public List<IndexedDocument> documentsAfter(long afterId, int limit) {
                throw new AssertionError("the worker rebuilt " + name);
            }

            @Override
            public long databaseCount() {
                return 0;
            }

            @Override
            public int reannounceChangedSince(Instant since) {
                return 0;
            }
        };
    }

    @Test
    void theKindsTakeTurnsOneBatchEachWhileAnyHasMoreDue() {
        List<String> calls = new ArrayList<>();
        Map<String, Deque<Integer>> scripts = Map.of(
                "projects", new ArrayDeque<>(List.of(500, 500, 500, 10)),
                "openings", new ArrayDeque<>(List.of(500, 3)));
        OutboxConfiguration configuration =
                new OutboxConfiguration(true, 500, Duration.ofSeconds(1), Duration.ofSeconds(5));
        IndexSync sync = new IndexSync(null, null, configuration) {
            @Override
            public void ensureIndex(SearchKind<?> kind) {}

            @Override
            public <D extends IndexedDocument> int drainOnce(SearchKind<D> kind, int batchSize) {
                calls.add(kind.name());
                Deque<Integer> script = scripts.get(kind.name());
                return script.isEmpty() ? 0 : script.poll();
            }
        };
        OutboxWorker worker = new OutboxWorker(null, sync, configuration);

        worker.drainInTurn(List.of(PROJECTS, OPENINGS));

        assertThat(calls)
                .as("a backlog of projects does not keep the openings waiting")
                .containsExactly("projects", "openings", "projects", "openings", "projects", "projects");
    }

    @Test
    void twoLoopsNeverSendBatchesOfOneKindAtTheSameTime() throws InterruptedException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstSending = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        OutboxConfiguration configuration =
                new OutboxConfiguration(true, 500, Duration.ofSeconds(1), Duration.ofSeconds(5));
        IndexSync sync = new IndexSync(null, null, configuration) {
            @Override
            public void ensureIndex(SearchKind<?> kind) {}

            @Override
            public <D extends IndexedDocument> int drainOnce(SearchKind<D> kind, int batchSize) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    if (calls.incrementAndGet() == 1) {
                        firstSending.countDown();
                        answer.await(); // the first batch's bulk request is slow to answer
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                return calls.get() <= 3 ? batchSize : 0; // a backlog of three full batches
            }
        };
        OutboxWorker worker = new OutboxWorker(null, sync, configuration);
        Thread first = new Thread(() -> worker.drainInTurn(List.of(PROJECTS)));
        first.start();
        firstSending.await();

        worker.drainInTurn(List.of(PROJECTS)); // the loop beside it, while the first batch is in flight
        answer.countDown();
        first.join();

        assertThat(most.get()).as("batches of one kind in flight at once").isEqualTo(1);
        assertThat(calls.get()).as("the first loop drained the backlog").isEqualTo(4);
    }

    @Test
    void afterABatchThatCouldNotBeSentTheKindStartsSmallAndDoublesWhileBatchesSucceed() {
        ScriptedSync sync = new ScriptedSync();
        OutboxWorker worker = new OutboxWorker(
                null, sync, new OutboxConfiguration(true, 500, Duration.ofSeconds(1), Duration.ofSeconds(5)));

        assertThat(sync.tick(worker, 500, 500, IndexSync.FAILED)).containsExactly(500, 500, 500);
        assertThat(sync.tick(worker, 25, 50, 100, 200, 300)).containsExactly(25, 50, 100, 200, 400);
        assertThat(sync.tick(worker, 500, 10)).as("back to full batches").containsExactly(500, 500);
    }

    @Test
    void aFailureWhileStartingSmallStartsSmallAgain() {
        ScriptedSync sync = new ScriptedSync();
        OutboxWorker worker = new OutboxWorker(
                null, sync, new OutboxConfiguration(true, 500, Duration.ofSeconds(1), Duration.ofSeconds(5)));

        sync.tick(worker, IndexSync.FAILED);
        assertThat(sync.tick(worker, 25, IndexSync.FAILED)).containsExactly(25, 50);
        assertThat(sync.tick(worker, 25, 0)).containsExactly(25, 50);
        assertThat(sync.tick(worker))
                .as("nothing was due: still not back to full size")
                .containsExactly(50);
    }
}
