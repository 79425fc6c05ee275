package com.cpay.platform.app.api;

import com.cpay.platform.app.error.MalformedRequestException;
import com.cpay.platform.app.generated.api.EventsApi;
import com.cpay.platform.app.generated.model.Event;
import com.cpay.platform.app.generated.model.EventPage;
import com.cpay.platform.app.generated.model.EventType;
import com.cpay.platform.domain.events.EventCursor;
import com.cpay.platform.domain.events.EventId;
import com.cpay.platform.domain.events.ListEventsUseCase;
import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The events list and one event ({@link ListEventsUseCase}). Each event is answered from the payload stored with it,
 * so the API shows the same JSON as the broker and the outbox.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EventsController implements EventsApi {

    private static final int DEFAULT_LIMIT = 100;

    private final ListEventsUseCase events;
    private final JsonMapper json;

    EventsController(ListEventsUseCase events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    public HttpResponse<EventPage> listEvents(String after, List<EventType> types, Integer limit) {
        ListEventsUseCase.Query query;
        try {
            query = new ListEventsUseCase.Query(ListEventsUseCase.cursor(Optional.ofNullable(after)),
                    types == null ? Set.of() : types.stream().map(EventsController::type).collect(Collectors.toSet()),
                    limit == null ? DEFAULT_LIMIT : limit);
        } catch (ValidationException e) {
            // a cursor this service did not issue does not match the API description: 400
            throw new MalformedRequestException(e.violations());
        }
        ListEventsUseCase.Page page = events.list(query);
        return HttpResponse.ok(new EventPage(page.events().stream().map(this::read).toList(), page.hasMore(),
                page.next().toString()));
    }

    @Override
    public HttpResponse<Event> getEvent(UUID eventId) {
        return HttpResponse.ok(read(events.get(new EventId(eventId))));
    }

    private Event read(OrderEvent event) {
        try {
            return json.readValue(event.payload(), Event.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored event " + event.id() + " could not be read", e);
        }
    }

    private static com.cpay.platform.domain.events.EventType type(EventType type) {
        return com.cpay.platform.domain.events.EventType.ofWireName(type.getValue()).orElseThrow();
    }
}
