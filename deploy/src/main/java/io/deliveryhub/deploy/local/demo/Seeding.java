package io.deliveryhub.deploy.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * What the stages share while seeding: the plan, the callers (the seeder's API key, and the head of delivery for
 * what only a person in that role may do), and the ids the API gave to what the plan names.
 */
final class Seeding {

    private final FirmPlan plan;
    private final PublicApi api;
    private final ExecutorService workers;
    private final Map<String, String> personIds = new ConcurrentHashMap<>();
    private final Map<String, String> skillIds = new ConcurrentHashMap<>();
    private final Map<String, String> clientIds = new ConcurrentHashMap<>();
    private final Map<String, SeededProject> projects = new ConcurrentHashMap<>();
    private volatile PublicApi headOfDelivery;

    Seeding(FirmPlan plan, PublicApi api, ExecutorService workers) {
        this.plan = plan;
        this.api = api;
        this.workers = workers;
    }

    FirmPlan plan() {
        return plan;
    }

    /** The seeder's own API key (ADMIN): everything the API lets an administrator do. */
    PublicApi api() {
        return api;
    }

    /** The firm's head of delivery: HARD bookings, change-request decisions and cancellations are theirs. */
    PublicApi headOfDelivery() {
        if (headOfDelivery == null) {
            synchronized (this) {
                if (headOfDelivery == null) {
                    PlannedPerson head = plan.headOfDelivery();
                    headOfDelivery = api.asPerson(head.email(), head.role(), personId(head));
                }
            }
        }
        return headOfDelivery;
    }

    void person(PlannedPerson person, String id) {
        personIds.put(person.email(), id);
    }

    String personId(PlannedPerson person) {
        return required(personIds, person.email(), "person");
    }

    void skill(String name, String id) {
        skillIds.put(name, id);
    }

    boolean hasSkill(String name) {
        return skillIds.containsKey(name);
    }

    String skillId(String name) {
        return required(skillIds, name, "skill");
    }

    void client(Names.ClientEntry client, String id) {
        clientIds.put(client.code(), id);
    }

    String clientId(Names.ClientEntry client) {
        return required(clientIds, client.code(), "client");
    }

    void project(SeededProject project) {
        projects.put(project.key(), project);
    }

    /** The seeded projects in plan order. */
    List<SeededProject> projects() {
        return plan.projects().stream().map(p -> projects.get(p.key())).toList();
    }

    /** Runs the work on every item in parallel (a few at a time), and fails with the first failure. */
    <T> void each(Collection<T> items, Consumer<T> work) {
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(workers.submit(() -> work.accept(item)));
        }
        for (Future<?> one : running) {
            try {
                one.get();
            } catch (ExecutionException e) {
                running.forEach(other -> other.cancel(true));
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new DemoFailure("Seeding failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("Interrupted while seeding", e);
            }
        }
    }

    /** Waits while another service catches up with the events of what was just written. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted while waiting for the services to catch up", e);
        }
    }

    private static String required(Map<String, String> ids, String name, String what) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("No id for " + what + " " + name + ": its stage has not run");
        }
        return id;
    }
}
