package com.cpay.platform.app.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The addresses a host name stands for. The live-mode URL policy asks it so that a public-looking name which points
 * into a private network is refused; the system resolver answers unless a deployment or a test replaces the bean.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * @throws UnknownHostException when the name has no address
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
