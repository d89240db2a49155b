package io.deliveryhub.platform.warmup;

/**
 * One round of a service's hot paths, run again and again by {@link WarmUp} before the service reports ready. A round
 * may read freely, but must leave nothing behind: writes run in {@link WarmUpCalls#rolledBack} or are requests the
 * service refuses.
 */
public interface WarmUpExercise {

    /** A failure ends this exercise for the rest of the warm-up (logged), never the service's start. */
    void run(WarmUpCalls calls) throws Exception;
}
