package org.frontline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a SQLite file in a temporary directory. */
class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;

    @Override
    EventStore open() {
        return SqliteEventStore.open(dir.resolve("sub/frontline.db"));
    }

    @Override
    EventStore reopen() {
        return open();
    }
}
