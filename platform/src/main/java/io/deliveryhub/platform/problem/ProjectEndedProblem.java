package io.deliveryhub.platform.problem;

import java.util.Map;
import java.util.UUID;

/**
 * The one refusal for "this project no longer accepts this change", whichever service refuses it: problem type
 * {@code project-ended} with the project's {@code projectId}, {@code projectKey} and {@code projectStatus}. It is a 409 when
 * the project is the one the path names (a rule refuses the change) and a 422 when a body names it (it cannot be
 * used), as docs/events.md explains.
 */
public final class ProjectEndedProblem extends ProblemException {

    public static final String TYPE = "project-ended";

    private ProjectEndedProblem(int status, String title, UUID projectId, String projectKey, String projectStatus,
            String detail) {
        super(status, TYPE, title, detail, Map.of("projectId", projectId, "projectKey", projectKey,
                "projectStatus", projectStatus));
    }

    /** 409: the project in the path refuses the change; {@code detail} says what no longer changes and why. */
    public static ProjectEndedProblem conflict(UUID projectId, String projectKey, String projectStatus, String detail) {
        return new ProjectEndedProblem(409, "Conflict", projectId, projectKey, projectStatus, detail);
    }

    /** 422: the project a body names takes no more of what the body adds. */
    public static ProjectEndedProblem unprocessable(UUID projectId, String projectKey, String projectStatus,
            String detail) {
        return new ProjectEndedProblem(422, "Unprocessable content", projectId, projectKey, projectStatus, detail);
    }
}
