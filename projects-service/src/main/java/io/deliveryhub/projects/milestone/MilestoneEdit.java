package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields a PATCH (JSON merge patch) may change; status only between PLANNED and IN_PROGRESS, or reopening. */
@Schema(name = "MilestonePatch", examples = "{\"status\":\"IN_PROGRESS\",\"dueDate\":\"2026-04-15\"}")
public record MilestoneEdit(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate dueDate,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal weight,
        @Valid Money billingAmount,
        @Size(max = 4000) String acceptanceCriteria,
        @NotNull MilestoneStatus status) {

    static MilestoneEdit of(Milestone milestone) {
        MilestoneView view = MilestoneView.of(milestone);
        return new MilestoneEdit(view.name(), view.dueDate(), view.weight(), view.billingAmount(),
                view.acceptanceCriteria(), view.status());
    }
}
