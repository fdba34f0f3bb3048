package se.finsam.journey.api.nodes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node's name among the nodes of one database: the owner of the processor segments it claims, and part of
 * the application name of its database connections (so that an administrator sees which node holds which in
 * {@code pg_stat_activity}). Unique even for two nodes in one JVM or two containers with the same host name.
 */
public record NodeName(String value) {

    /** What this node's database connections carry as application name, before the node's name. */
    public static final String APPLICATION_PREFIX = "journey:";

    /** The configured name, else the host name with a random suffix. */
    public static NodeName of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new NodeName(configured);
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "journey";
        }
        return new NodeName(host + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The application name of this node's database connections (PostgreSQL keeps the first 63 bytes). */
    public String applicationName() {
        String name = APPLICATION_PREFIX + value;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
