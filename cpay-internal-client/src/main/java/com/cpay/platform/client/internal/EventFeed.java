package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.model.Event;
import com.cpay.platform.client.internal.model.EventPage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The order events after a cursor, oldest first, page by page ({@code GET /api/v1/events}), as an iterator that ends
 * when the reader is up to date. {@link #cursor()} is where to resume, later or in another process:
 * <pre>{@code
 * EventFeed feed = client.events(savedCursor);
 * while (feed.hasNext()) {
 *     handle(feed.next());
 *     save(feed.cursor());
 * }
 * }</pre>
 * Delivery is at least once: the API's cursors mark pages, so a feed resumed from a cursor taken in the middle of a
 * page gets that page's earlier events again. Deduplicate by {@link Event#getId()}.
 */
public final class EventFeed implements Iterator<Event> {

    private final Function<String, EventPage> pages;
    private final Deque<Event> buffered = new ArrayDeque<>();
    private String pageCursor;
    private String nextCursor;
    private boolean more = true;

    EventFeed(String after, Function<String, EventPage> pages) {
        this.pages = pages;
        this.pageCursor = after;
        this.nextCursor = after;
    }

    @Override
    public boolean hasNext() {
        while (buffered.isEmpty() && more) {
            EventPage page = pages.apply(nextCursor);
            pageCursor = nextCursor;
            buffered.addAll(page.getItems());
            if (page.getNextCursor() != null) {
                nextCursor = page.getNextCursor();
            }
            more = Boolean.TRUE.equals(page.getHasMore()) && !page.getItems().isEmpty();
        }
        return !buffered.isEmpty();
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no event after cursor " + nextCursor + " yet");
        }
        return buffered.removeFirst();
    }

    /**
     * Where a new feed resumes: after everything {@link #next()} returned when the current page is used up, else at
     * the start of the current page (null: from the oldest event kept).
     */
    public String cursor() {
        return buffered.isEmpty() ? nextCursor : pageCursor;
    }
}
