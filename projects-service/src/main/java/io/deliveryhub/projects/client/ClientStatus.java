package io.deliveryhub.projects.client;

public enum ClientStatus {
    ACTIVE, INACTIVE
}
