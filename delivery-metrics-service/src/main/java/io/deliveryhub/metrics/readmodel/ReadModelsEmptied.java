package io.deliveryhub.metrics.readmodel;

/** Fired in the transaction of a rebuild that has just emptied every read model, before the topics are replayed. */
public record ReadModelsEmptied() {
}
