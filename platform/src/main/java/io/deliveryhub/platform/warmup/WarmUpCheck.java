package io.deliveryhub.platform.warmup;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness waits for the service's warm-up, so that its first callers meet compiled code (see {@link WarmUp}). */
@Readiness
@Singleton
public class WarmUpCheck implements HealthCheck {

    private final WarmUp warmUp;

    public WarmUpCheck(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(warmUp.over()).build();
    }
}
