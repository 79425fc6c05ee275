package com.cpay.platform.sandbox.journal;

import jakarta.inject.Singleton;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The last 1000 requests and the last 1000 webhook attempts, oldest first. */
@Singleton
public class Journal {

    private static final int LIMIT = 1000;

    private final AtomicLong ids = new AtomicLong();
    private final Deque<RequestRecord> requests = new ArrayDeque<>();
    private final Deque<WebhookAttempt> webhooks = new ArrayDeque<>();

    public long nextId() {
        return ids.incrementAndGet();
    }

    public void record(RequestRecord request) {
        synchronized (requests) {
            add(requests, request);
        }
    }

    public void record(WebhookAttempt attempt) {
        synchronized (webhooks) {
            add(webhooks, attempt);
        }
    }

    public List<RequestRecord> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<WebhookAttempt> webhooks() {
        synchronized (webhooks) {
            return List.copyOf(webhooks);
        }
    }

    public void clear() {
        synchronized (requests) {
            requests.clear();
        }
        synchronized (webhooks) {
            webhooks.clear();
        }
    }

    private static <T> void add(Deque<T> deque, T item) {
        deque.addLast(item);
        while (deque.size() > LIMIT) {
            deque.removeFirst();
        }
    }
}
