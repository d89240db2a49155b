package io.deliveryhub.resources.resourcerequest;

public enum RequestPriority {
    LOW, MEDIUM, HIGH, CRITICAL
}
