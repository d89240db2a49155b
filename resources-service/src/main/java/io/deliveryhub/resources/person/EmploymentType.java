package io.deliveryhub.resources.person;

public enum EmploymentType {
    EMPLOYEE, CONTRACTOR, PART_TIME, INTERN
}
