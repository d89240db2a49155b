package io.deliveryhub.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Today" is the date in the installation's time zone (docs/api.md#dates); rules take it from this clock. */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "deliveryhub.time-zone", defaultValue = "UTC") ZoneId zone) {
        return Clock.system(zone);
    }
}
