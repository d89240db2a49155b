package io.deliveryhub.resources.allocation;

/** SOFT: pencilled in, not yet committed; HARD: committed, counted against the person's capacity. */
public enum Booking {
    SOFT, HARD
}
