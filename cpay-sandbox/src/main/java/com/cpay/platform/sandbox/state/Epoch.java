package com.cpay.platform.sandbox.state;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Changes to different orders, merchants, users and cards run side by side (shared), each under the lock of what
 * it changes; a reset runs alone (exclusive), so that it forgets everything at one point, in memory and in the
 * journal alike.
 */
final class Epoch {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    <T> T change(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void alone(Runnable work) {
        lock.writeLock().lock();
        try {
            work.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
