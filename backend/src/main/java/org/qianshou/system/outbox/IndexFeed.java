package org.qianshou.system.outbox;

/** One search index fed from the outbox: its rows of one aggregate type go to it. */
public interface IndexFeed {

    /** What the feed carries, for the log (for example {@code projects}). */
    String name();

    /** Creates the index, or rebuilds it from PostgreSQL when it is missing. */
    void ensureIndex();

    /** Sends one batch of due outbox rows; returns how many rows it claimed. */
    int drainOnce(int batchSize);
}
