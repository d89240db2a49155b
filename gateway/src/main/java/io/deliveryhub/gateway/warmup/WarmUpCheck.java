package io.deliveryhub.gateway.warmup;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness waits for the gateway's warm-up, so that its first callers meet compiled code (see {@link GatewayWarmUp}). */
@Readiness
@Singleton
public class WarmUpCheck implements HealthCheck {

    private final GatewayWarmUp warmUp;

    public WarmUpCheck(GatewayWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(warmUp.over()).build();
    }
}
