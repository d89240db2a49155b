package io.deliveryhub.resources.capacity;

/** How capacity rows are grouped: by a person's title (role), by skill, or by practice; named as the API spells them. */
public enum CapacityGroupBy {
    role, skill, practice
}
