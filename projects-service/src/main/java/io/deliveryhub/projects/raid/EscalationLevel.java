package io.deliveryhub.projects.raid;

/** Ordered from the project upwards: a later constant is a higher level. */
public enum EscalationLevel {
    PROJECT, DELIVERY_MANAGER, HEAD_OF_DELIVERY
}
