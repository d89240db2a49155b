package io.deliveryhub.projects.statusreport;

/** Who produced a report: a person, a CI/CD pipeline, or another integration. */
public enum StatusSource {
    MANUAL, PIPELINE, INTEGRATION
}
