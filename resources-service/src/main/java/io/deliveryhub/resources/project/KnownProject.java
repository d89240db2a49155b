package io.deliveryhub.resources.project;

import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.security.ProjectPeople;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project as last announced by projects-service; allocations may only name projects known here. */
@Entity
@Table(name = "known_project")
public class KnownProject extends PanacheEntityBase {

    @Id
    public UUID id;
    public String key;
    public String name;
    public String status;
    /**
     * Whether the project still takes records, as projects-service last published it; null when its last event
     * predates the field (unknown: accepted, see docs/events.md).
     */
    @Column(name = "accepts_records")
    public Boolean acceptsRecords;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    public String practice;
    /** The win probability (0–1) of a proposed project, when projects-service announces one. */
    public BigDecimal probability;
    @Column(name = "project_manager_id")
    public UUID projectManagerId;
    @Column(name = "delivery_manager_id")
    public UUID deliveryManagerId;
    @Column(name = "delivery_lead_id")
    public UUID deliveryLeadId;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who the project names: those whose own project it is. */
    public ProjectPeople people() {
        return new ProjectPeople(projectManagerId, deliveryManagerId, deliveryLeadId);
    }

    /** The project no longer takes records (bookings, requests, time entries): projects-service said so. */
    public boolean ended() {
        return ended(acceptsRecords);
    }

    /** A flag projects-service has not sent yet (events from before it) reads as unknown, so as still accepting. */
    public static boolean ended(Boolean acceptsRecords) {
        return Boolean.FALSE.equals(acceptsRecords);
    }

    /** Refuses (422 project-ended) adding {@code what} to a project that no longer takes records. */
    public void requireAccepts(String what) {
        if (ended()) {
            throw ProjectEndedProblem.unprocessable(id, key, status, "Project " + key + " is " + status
                    + " and takes no more " + what);
        }
    }

    /**
     * The project a new allocation or request names: known from project events and not ended (else 422). Its
     * row is share-locked, so a project closing concurrently cannot miss what is being booked on it.
     *
     * @param what what the project would take, for the message ("allocations", "resource requests")
     */
    public static KnownProject requireOpen(UUID id, String what) {
        KnownProject project = findById(id, LockModeType.PESSIMISTIC_READ);
        if (project == null) {
            throw new Unprocessable("unknown-project", "projectId " + id
                    + " is not a project resources-service knows: projects become known from projects-service events");
        }
        project.requireAccepts(what);
        return project;
    }
}
