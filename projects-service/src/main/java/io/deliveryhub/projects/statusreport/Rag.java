package io.deliveryhub.projects.statusreport;

public enum Rag {
    GREEN, AMBER, RED
}
