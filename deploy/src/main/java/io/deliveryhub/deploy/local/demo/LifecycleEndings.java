package io.deliveryhub.deploy.local.demo;

/**
 * The last step of every project's story, once all its records are in: put on hold, completed, closed (after the
 * closure review) or cancelled.
 */
final class LifecycleEndings implements Stage {

    @Override
    public String name() {
        return "lifecycle endings";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        seeding.each(seeding.projects(), project -> {
            if (project.status().equals(project.plan().target())) {
                tally.existing("projects");
            } else {
                Lifecycle.advance(seeding, project, project.plan().target(), tally);
            }
        });
    }
}
