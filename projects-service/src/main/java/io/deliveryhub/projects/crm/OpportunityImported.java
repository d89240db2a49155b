package io.deliveryhub.projects.crm;

import io.deliveryhub.projects.project.ProjectStatus;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an opportunity message; a replay of the message gets this same answer again. */
@Schema(name = "CrmOpportunityImported", example = """
        {"opportunityId":"0065g00000AbCdEAAZ","clientId":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10",
         "projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","projectKey":"ACME-PAYMENTS-PLATFORM","status":"PROPOSED"}""")
public record OpportunityImported(String opportunityId, UUID clientId, UUID projectId, String projectKey,
        @Schema(description = "the project's status once the message was handled") ProjectStatus status) {
}
