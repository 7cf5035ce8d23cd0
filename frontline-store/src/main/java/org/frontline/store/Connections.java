package org.frontline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.frontline.FrontlineException;

/**
 * A small fixed pool of JDBC connections, opened on demand: what makes a store thread-safe without a pool library.
 * Each piece of work borrows one connection for its whole duration (a transaction never spans two connections).
 */
final class Connections implements AutoCloseable {
    /** Opens one connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Work on one borrowed connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Opener opener;
    private final String name;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final int size;
    private boolean closed;

    Connections(String name, int size, Opener opener) {
        this.name = name;
        this.size = size;
        this.opener = opener;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Runs {@code work} on a connection; an SQL failure becomes a one-line exception naming {@code what}. */
    <T> T with(String what, Work<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new FrontlineException(name + ": cannot " + what + ": " + e.getMessage(), e);
        } finally {
            idle.add(c);
        }
    }

    private Connection borrow() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException(name + " is closed");
            }
            Connection c = idle.poll();
            if (c != null) {
                return c;
            }
            if (all.size() < size) {
                try {
                    c = opener.open();
                } catch (SQLException e) {
                    throw new FrontlineException("cannot open " + name + ": " + e.getMessage(), e);
                }
                all.add(c);
                return c;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrontlineException("interrupted waiting for a connection to " + name, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        SQLException first = null;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new FrontlineException("cannot close " + name + ": " + first.getMessage(), first);
        }
    }
}
