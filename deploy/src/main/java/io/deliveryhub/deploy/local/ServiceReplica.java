package io.deliveryhub.deploy.local;

/**
 * One JVM of a service on the local stack: with {@code --replicas N} a backend service runs N of them, each on its
 * own port, and the gateway spreads requests over them.
 *
 * @param index 0 for the first replica, which keeps the service's own port and log name
 */
public record ServiceReplica(Service service, int index, int port) {

    /** {@code delivery-metrics-service}, then {@code delivery-metrics-service-2}, ...: its log and pid file names. */
    public String name() {
        return index == 0 ? service.module() : service.module() + "-" + (index + 1);
    }

    @Override
    public String toString() {
        return name();
    }
}
