package io.deliveryhub.resources.resourcerequest;

/** OPEN until someone is booked for it (FILLED) or it is no longer needed (CANCELLED); both are final. */
public enum RequestStatus {
    OPEN, FILLED, CANCELLED
}
