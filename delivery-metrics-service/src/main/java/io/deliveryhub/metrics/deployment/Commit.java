package io.deliveryhub.metrics.deployment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commit a deployment shipped: what lead time for changes is measured from. */
@Embeddable
@Schema(name = "Commit", example = "{\"sha\":\"9f2c1e7\",\"committedAt\":\"2026-03-03T08:15:00Z\"}")
public record Commit(
        @NotBlank @Size(max = 64) String sha,
        @NotNull @Column(name = "committed_at") Instant committedAt) {
}
