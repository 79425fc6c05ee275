package com.cpay.platform.app.config;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.UUID;

/**
 * This instance's name in the leases it shares with the other instances on the same database (stale orders to
 * reconcile, the event relay): {@code cpay.instance-id}, or host, process id and a random part, so that two
 * processes never share a name, even on one host, and a restarted process does not inherit the dead one's lease.
 */
@Singleton
public final class InstanceId {

    private static final int MAX_LENGTH = 128;

    private final String value;

    public InstanceId(@Value("${cpay.instance-id:}") String configured) {
        this.value = configured.isBlank() ? generated() : configured;
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cpay.instance-id must be at most " + MAX_LENGTH + " characters");
        }
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "host";
        }
        String id = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > MAX_LENGTH ? id.substring(id.length() - MAX_LENGTH) : id;
    }
}
