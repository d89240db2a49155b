package io.deliveryhub.projects.statusreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A status report as the API and {@code deliveryhub.status-report.posted.v1} show it. */
@Schema(name = "StatusReport", examples = """
        {"id":"2e4f6a8c-0b1d-4e3f-8a5b-7c9d1e3f5a70","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "asOf":"2026-03-06","overall":"AMBER","schedule":"AMBER","budget":"GREEN","scope":"GREEN","quality":"GREEN",
         "percentComplete":35,"summary":"Payments API on track; card vault integration slipping a week",
         "accomplishments":"Sandbox payments live","nextSteps":"Finish the vault integration",
         "blockers":"Waiting for the client's HSM credentials","source":"MANUAL","reportedBy":"person-0b7d...",
         "version":1,"createdAt":"2026-03-06T16:00:00Z","updatedAt":"2026-03-06T16:00:00Z"}""")
public record StatusReportView(UUID id, UUID projectId, LocalDate asOf, Rag overall, Rag schedule, Rag budget,
        Rag scope, Rag quality, int percentComplete, String summary, String accomplishments, String nextSteps,
        String blockers, StatusSource source, String reportedBy, long version, Instant createdAt,
        Instant updatedAt) {

    public static StatusReportView of(StatusReport report) {
        return new StatusReportView(report.id, report.projectId, report.asOf, report.overall, report.schedule,
                report.budget, report.scope, report.quality, report.percentComplete, report.summary,
                report.accomplishments, report.nextSteps, report.blockers, report.source, report.reportedBy,
                report.version, report.createdAt, report.updatedAt);
    }
}
