package io.deliveryhub.resources.timeoff;

public enum TimeOffType {
    VACATION, SICK, HOLIDAY, PARENTAL, TRAINING, OTHER
}
