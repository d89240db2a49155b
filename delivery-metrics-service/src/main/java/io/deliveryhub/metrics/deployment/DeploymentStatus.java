package io.deliveryhub.metrics.deployment;

public enum DeploymentStatus {
    SUCCESS, FAILURE
}
