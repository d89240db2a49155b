package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a project its managers may change: what {@code PATCH /projects/{idOrKey}} merges onto
 * and validates. Key and status are not here: the key never changes, the status only by a transition.
 */
@Schema(name = "ProjectChanges", description = "The editable fields of a project; in a merge patch, send only those that change",
        example = "{\"projectManagerId\":\"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed\",\"tags\":[\"payments\",\"priority\"],\"deliveryLeadId\":null}")
public record EditableProject(
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID clientId,
        DeliveryModel deliveryModel,
        @Size(max = 100) String practice,
        UUID projectManagerId,
        UUID deliveryManagerId,
        UUID deliveryLeadId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Valid Money budget,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal budgetHours,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 3) BigDecimal probability) {

    public static EditableProject of(Project project) {
        return new EditableProject(project.name, project.clientId, project.deliveryModel, project.practice,
                project.projectManagerId, project.deliveryManagerId, project.deliveryLeadId, project.plannedStart,
                project.plannedEnd, project.budget(), project.budgetHours, List.copyOf(project.tags),
                project.probability);
    }

    void applyTo(Project project) {
        project.name = name.strip();
        project.clientId = clientId;
        project.deliveryModel = deliveryModel;
        project.practice = practice == null || practice.isBlank() ? null : practice.strip();
        project.projectManagerId = projectManagerId;
        project.deliveryManagerId = deliveryManagerId;
        project.deliveryLeadId = deliveryLeadId;
        project.plannedStart = plannedStart;
        project.plannedEnd = plannedEnd;
        project.budget(budget);
        // At the column's scale, so 1200.5 and the stored 1200.50 count as the same value, not as a change.
        project.budgetHours = budgetHours == null ? null : budgetHours.setScale(2, RoundingMode.UNNECESSARY);
        project.tags = new ArrayList<>(ProjectTags.normalise(tags));
        project.probability = probability == null ? null : probability.setScale(3, RoundingMode.UNNECESSARY);
    }

    /** The same fields with another plan (dates, budget, hours): what an approved change request applies. */
    public EditableProject withPlan(LocalDate start, LocalDate end, Money newBudget, BigDecimal hours) {
        return new EditableProject(name, clientId, deliveryModel, practice, projectManagerId, deliveryManagerId,
                deliveryLeadId, start, end, newBudget, hours, tags, probability);
    }

    /** The same fields with what a CRM opportunity says about a project that is still a forecast. */
    public EditableProject withForecast(String newName, UUID newClientId, LocalDate start, LocalDate end,
            Money newBudget, BigDecimal newProbability) {
        return new EditableProject(newName, newClientId, deliveryModel, practice, projectManagerId, deliveryManagerId,
                deliveryLeadId, start, end, newBudget, budgetHours, tags, newProbability);
    }
}
