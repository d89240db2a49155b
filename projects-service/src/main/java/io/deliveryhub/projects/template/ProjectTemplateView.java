package io.deliveryhub.projects.template;

import io.deliveryhub.projects.project.DeliveryModel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template as the API and the {@code deliveryhub.project-template.*} events show it. */
@Schema(name = "ProjectTemplate", examples = """
        {"id":"7e9a1c3e-5f7b-4d9f-a1c3-e5f7b9d1f3a5","name":"Fixed-price web delivery",
         "description":"Discovery, build, launch","deliveryModel":"FIXED_PRICE",
         "milestones":[{"name":"Discovery complete","offsetDays":14,"weight":1,"acceptanceCriteria":"Backlog agreed"}],
         "raidEntries":[{"type":"RISK","title":"Client SME availability","probability":3,"impact":4,
                         "mitigation":"Agree SME hours in the SOW"}],
         "version":1,"createdAt":"2026-02-01T09:00:00Z","updatedAt":"2026-02-01T09:00:00Z"}""")
public record ProjectTemplateView(UUID id, String name, String description, DeliveryModel deliveryModel,
        List<TemplateMilestone> milestones, List<TemplateRaidEntry> raidEntries, long version, Instant createdAt,
        Instant updatedAt) {

    public static ProjectTemplateView of(ProjectTemplate template) {
        return new ProjectTemplateView(template.id, template.name, template.description, template.deliveryModel,
                List.copyOf(template.milestones), List.copyOf(template.raidEntries), template.version,
                template.createdAt, template.updatedAt);
    }
}
