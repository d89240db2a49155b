package io.deliveryhub.projects.milestone;

public enum ReviewStatus {
    DRAFT, IN_REVIEW, ACCEPTED, REJECTED
}
