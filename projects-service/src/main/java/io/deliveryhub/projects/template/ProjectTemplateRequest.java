package io.deliveryhub.projects.template;

import io.deliveryhub.projects.project.DeliveryModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template's content: what POST creates and what PATCH merges onto (lists are replaced whole). */
@Schema(name = "ProjectTemplateContent", examples = """
        {"name":"Fixed-price web delivery","description":"Discovery, build, launch","deliveryModel":"FIXED_PRICE",
         "milestones":[{"name":"Discovery complete","offsetDays":14,"weight":1,"acceptanceCriteria":"Backlog agreed"},
                       {"name":"Launch","offsetDays":90,"weight":3}],
         "raidEntries":[{"type":"RISK","title":"Client SME availability","probability":3,"impact":4,
                         "mitigation":"Agree SME hours in the SOW"}]}""")
public record ProjectTemplateRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        DeliveryModel deliveryModel,
        @NotNull @Size(max = 100) List<@Valid @NotNull TemplateMilestone> milestones,
        @NotNull @Size(max = 100) List<@Valid @NotNull TemplateRaidEntry> raidEntries) {

    public ProjectTemplateRequest {
        milestones = milestones == null ? List.of() : milestones;
        raidEntries = raidEntries == null ? List.of() : raidEntries;
    }

    static ProjectTemplateRequest of(ProjectTemplate template) {
        return new ProjectTemplateRequest(template.name, template.description, template.deliveryModel,
                List.copyOf(template.milestones), List.copyOf(template.raidEntries));
    }
}
