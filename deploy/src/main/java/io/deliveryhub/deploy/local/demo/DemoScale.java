package io.deliveryhub.deploy.local.demo;

/**
 * How big a firm {@code --demo} seeds.
 *
 * @param projects client projects, spread over every lifecycle status
 * @param people   staff, from the head of delivery to team members
 * @param months   history: allocations, time entries, status reports and deployments reach this far back
 */
public record DemoScale(int projects, int people, int months) {

    /** The firm {@code deploy/local/run --demo} seeds. */
    public static final DemoScale FULL = new DemoScale(40, 120, 6);

    public DemoScale {
        if (projects < 1 || people < 5 || months < 1) {
            throw new IllegalArgumentException("A demo firm needs at least 1 project, 5 people and 1 month, not "
                    + projects + " projects, " + people + " people and " + months + " months");
        }
    }

    /** {@code PROJECTS,PEOPLE,MONTHS}, e.g. {@code 5,12,1}. */
    public static DemoScale parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 3) {
            throw new IllegalArgumentException("--demo-scale takes PROJECTS,PEOPLE,MONTHS (e.g. 5,12,1), not '" + text + "'");
        }
        try {
            return new DemoScale(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--demo-scale takes whole numbers PROJECTS,PEOPLE,MONTHS, not '" + text + "'");
        }
    }

    /** Days of history the seeded facts cover. */
    public int historyDays() {
        return months * 30;
    }

    @Override
    public String toString() {
        return projects + " projects, " + people + " people, " + months + " month" + (months == 1 ? "" : "s");
    }
}
