package io.deliveryhub.resources.timeentry;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch import did with each item, in the order they were sent. */
@Schema(name = "TimeEntryImportReport", example = """
        {"received":2,"created":1,"updated":0,"unchanged":0,"rejected":1,"results":[\
        {"index":0,"status":"created","reason":null,"id":"5b0e6f8a-1c2d-4e3f-9a8b-7c6d5e4f3a21"},\
        {"index":1,"status":"rejected","reason":"projectId 3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10 is not a known project: \
        projects become known to resources-service from projects-service events","id":null}]}""")
public record ImportReport(int received, int created, int updated, int unchanged, int rejected, List<Result> results) {

    @Schema(name = "TimeEntryImportResult")
    public record Result(int index,
            @Schema(enumeration = { "created", "updated", "unchanged", "rejected" }) String status,
            String reason, UUID id) {

        static Result rejected(int index, String reason) {
            return new Result(index, "rejected", reason, null);
        }
    }

    static ImportReport of(Result[] results) {
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        for (Result result : results) {
            switch (result.status()) {
                case "created" -> created++;
                case "updated" -> updated++;
                case "unchanged" -> unchanged++;
                default -> rejected++;
            }
        }
        return new ImportReport(results.length, created, updated, unchanged, rejected, List.of(results));
    }
}
