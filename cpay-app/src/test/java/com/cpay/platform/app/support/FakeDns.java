package com.cpay.platform.app.support;

import com.cpay.platform.app.security.HostResolver;
import com.cpay.platform.app.security.SystemHostResolver;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A resolver for apps started with {@code test.dns} set, a list of {@code name=address} entries (a name may appear
 * more than once): the build machine's network has no public DNS, and tests must not depend on it anyway.
 */
@Singleton
@Replaces(SystemHostResolver.class)
@Requires(property = "test.dns")
public class FakeDns implements HostResolver {

    private final List<String> entries;

    public FakeDns(@Property(name = "test.dns") List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> found = new ArrayList<>();
        for (String entry : entries) {
            String[] nameAndAddress = entry.split("=", 2);
            if (nameAndAddress[0].equalsIgnoreCase(host)) {
                found.add(InetAddress.getByAddress(host, InetAddress.getByName(nameAndAddress[1]).getAddress()));
            }
        }
        if (found.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return found;
    }
}
