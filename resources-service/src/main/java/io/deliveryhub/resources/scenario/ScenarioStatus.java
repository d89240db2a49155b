package io.deliveryhub.resources.scenario;

/** OPEN takes changes; APPLIED has made them real and takes no more. A discarded scenario is deleted. */
public enum ScenarioStatus {
    OPEN, APPLIED
}
