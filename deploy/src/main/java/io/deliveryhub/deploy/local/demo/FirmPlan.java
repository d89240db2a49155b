package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo firm, drawn from a fixed seed: its staff, clients, projects and who is booked where, with every date
 * relative to an anchor day (the day the demo was first seeded). The same scale and anchor always give the same
 * firm, which is what lets a second run recognise everything the first one created.
 */
final class FirmPlan {

    static final long SEED = 20261206L;
    /** The local stack's base currency (DELIVERYHUB_CURRENCY's default), which people's rates are in. */
    static final String BASE_CURRENCY = "EUR";
    static final List<String> CURRENCIES = List.of("USD", "GBP");
    /** Lifecycle statuses in turn, so even a small firm has running, finished and prospective work. */
    private static final List<String> STATUS_CYCLE = List.of("ACTIVE", "CLOSED", "ACTIVE", "PROPOSED", "ON_HOLD",
            "ACTIVE", "COMPLETED", "PLANNING", "CANCELLED", "ACTIVE");
    private static final List<String> MODELS = List.of("TIME_AND_MATERIALS", "FIXED_PRICE", "TIME_AND_MATERIALS",
            "FIXED_PRICE", "RETAINER");
    private static final int[] HOURS = {16, 24, 32, 40, 40};

    private final DemoScale scale;
    private final LocalDate anchor;
    private final List<PlannedPerson> people;
    private final List<PlannedProject> projects;
    private final Map<Integer, int[]> weeklyLoad = new HashMap<>();
    private final LocalDate firstWeek;

    private FirmPlan(DemoScale scale, LocalDate anchor) {
        this.scale = scale;
        this.anchor = anchor;
        this.firstWeek = historyStart().minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.people = staff();
        this.projects = new ArrayList<>();
        for (int i = 0; i < scale.projects(); i++) {
            projects.add(project(i));
        }
        overbookTwoPeople();
    }

    static FirmPlan of(DemoScale scale, LocalDate anchor) {
        return new FirmPlan(scale, anchor);
    }

    DemoScale scale() {
        return scale;
    }

    /** "Today" of the seeded firm: the day it was first seeded. */
    LocalDate anchor() {
        return anchor;
    }

    /** The first day with time entries, status reports and deployments. */
    LocalDate historyStart() {
        return anchor.minusDays(scale.historyDays());
    }

    List<PlannedPerson> people() {
        return people;
    }

    List<PlannedProject> projects() {
        return projects;
    }

    PlannedPerson headOfDelivery() {
        return people.get(0);
    }

    List<Names.ClientEntry> clients() {
        return projects.stream().map(PlannedProject::client).distinct().toList();
    }

    /** One rate per currency and month, from before the first project starts until the anchor's month. */
    Map<String, Map<LocalDate, BigDecimal>> exchangeRates() {
        Map<String, Map<LocalDate, BigDecimal>> rates = new LinkedHashMap<>();
        LocalDate first = historyStart().minusMonths(2).withDayOfMonth(1);
        for (int c = 0; c < CURRENCIES.size(); c++) {
            Map<LocalDate, BigDecimal> byMonth = new LinkedHashMap<>();
            double base = c == 0 ? 0.9200 : 1.1650;
            int month = 0;
            for (LocalDate day = first; !day.isAfter(anchor); day = day.plusMonths(1), month++) {
                byMonth.put(day, BigDecimal.valueOf(base * (1 + 0.015 * Math.sin(month + c))).setScale(4, RoundingMode.HALF_EVEN));
            }
            rates.put(CURRENCIES.get(c), byMonth);
        }
        return rates;
    }

    /** An amount in the base currency expressed in another, at the rate the plan sets for that day. */
    BigDecimal inCurrency(BigDecimal baseAmount, String currency, LocalDate day) {
        return baseAmount.divide(rateToBase(currency, day), 2, RoundingMode.HALF_EVEN);
    }

    private BigDecimal rateToBase(String currency, LocalDate day) {
        if (!CURRENCIES.contains(currency)) {
            return BigDecimal.ONE;
        }
        BigDecimal rate = null;
        for (Map.Entry<LocalDate, BigDecimal> entry : exchangeRates().get(currency).entrySet()) {
            if (!entry.getKey().isAfter(day) || rate == null) {
                rate = entry.getValue();
            }
        }
        return rate;
    }

    private List<PlannedPerson> staff() {
        Random random = new Random(SEED);
        int managers = Math.max(1, scale.people() / 24);
        int projectManagers = Math.max(2, scale.people() / 10);
        int leads = Math.max(1, scale.people() / 12);
        Set<String> emails = new HashSet<>();
        List<PlannedPerson> staff = new ArrayList<>();
        for (int i = 0; i < scale.people(); i++) {
            String role = i == 0 ? "HEAD_OF_DELIVERY" : i <= managers ? "DELIVERY_MANAGER"
                    : i <= managers + projectManagers ? "PROJECT_MANAGER"
                    : i <= managers + projectManagers + leads ? "DELIVERY_LEAD" : "TEAM_MEMBER";
            String first = Names.FIRST_NAMES.get(random.nextInt(Names.FIRST_NAMES.size()));
            String last = Names.LAST_NAMES.get(random.nextInt(Names.LAST_NAMES.size()));
            String local = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "");
            String email = local + "@" + Names.EMAIL_DOMAIN;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + Names.EMAIL_DOMAIN;
            }
            String practice = Names.PRACTICES.get(i % Names.PRACTICES.size());
            int seniority = role.equals("TEAM_MEMBER") ? random.nextInt(4) : 3 + random.nextInt(2);
            BigDecimal cost = BigDecimal.valueOf(45 + 10L * seniority + random.nextInt(8));
            BigDecimal bill = cost.multiply(BigDecimal.valueOf(1.6 + random.nextDouble() * 0.5)).setScale(0, RoundingMode.HALF_EVEN);
            Map<String, Integer> skills = new LinkedHashMap<>();
            for (Names.SkillEntry skill : Names.SKILLS) {
                boolean own = practice.equals(skill.practice()) || (skill.practice() == null && !role.equals("TEAM_MEMBER"));
                if (own ? random.nextInt(10) < 7 : random.nextInt(10) == 0) {
                    skills.put(skill.name(), Math.min(5, 1 + seniority + random.nextInt(2)));
                }
            }
            staff.add(new PlannedPerson(i, first + " " + last, email, role, title(role, practice, seniority), practice,
                    Names.LOCATIONS.get(random.nextInt(Names.LOCATIONS.size())), random.nextInt(8) == 0 ? 32 : 40,
                    anchor.minusDays(400 + random.nextInt(2000)), cost, bill,
                    random.nextInt(5) == 0 ? anchor.minusDays(scale.historyDays() / 2) : null, skills));
        }
        return staff;
    }

    private static String title(String role, String practice, int seniority) {
        return switch (role) {
            case "HEAD_OF_DELIVERY" -> "Head of Delivery";
            case "DELIVERY_MANAGER" -> "Delivery Manager";
            case "PROJECT_MANAGER" -> "Project Manager";
            case "DELIVERY_LEAD" -> "Delivery Lead, " + practice;
            default -> List.of("Associate", "Consultant", "Senior Consultant", "Principal Consultant").get(seniority)
                    + ", " + practice;
        };
    }

    private PlannedProject project(int index) {
        Names.ClientEntry client = Names.CLIENTS.get((index * 3 / 5) % Names.CLIENTS.size());
        Names.WorkEntry work = Names.WORK.get((index * 7 + 3) % Names.WORK.size());
        String key = client.code() + "-" + String.format("%02d", index + 1);
        Random random = new Random(SEED * 31 + key.hashCode());
        String target = STATUS_CYCLE.get(index % STATUS_CYCLE.size());
        int h = scale.historyDays();
        LocalDate start;
        LocalDate end;
        LocalDate workUntil;
        switch (target) {
            case "ACTIVE" -> {
                start = anchor.minusDays(between(random, h / 4, h));
                end = anchor.plusDays(between(random, 30, 200));
                workUntil = anchor.minusDays(1);
            }
            case "ON_HOLD" -> {
                start = anchor.minusDays(between(random, h / 2, h));
                end = anchor.plusDays(between(random, 60, 150));
                workUntil = latest(start.plusDays(7), anchor.minusDays(between(random, 7, 21)));
            }
            case "COMPLETED" -> {
                start = anchor.minusDays(h - between(random, 0, h / 6));
                end = anchor.minusDays(between(random, 3, Math.max(4, h / 5)));
                workUntil = end;
            }
            case "CLOSED" -> {
                start = anchor.minusDays(h - between(random, 0, h / 8));
                end = start.plusDays(h / 2 + between(random, 0, h / 5));
                workUntil = end;
            }
            case "CANCELLED" -> {
                start = anchor.minusDays(between(random, h / 2, h * 9 / 10));
                end = anchor.plusDays(between(random, 30, 120));
                workUntil = latest(start.plusDays(7), anchor.minusDays(between(random, 5, Math.max(6, h / 4))));
            }
            case "PLANNING" -> {
                start = anchor.plusDays(between(random, 7, 45));
                end = start.plusDays(between(random, 90, 240));
                workUntil = null;
            }
            default -> {
                start = anchor.plusDays(between(random, 30, 90));
                end = start.plusDays(between(random, 90, 270));
                workUntil = null;
            }
        }
        double draw = random.nextDouble();
        String health = draw < 0.55 ? "GREEN" : draw < 0.8 ? "AMBER" : "RED";
        String model = MODELS.get(random.nextInt(MODELS.size()));
        PlannedPerson pm = ofRole("PROJECT_MANAGER", index);
        PlannedPerson dm = ofRole("DELIVERY_MANAGER", index * 3 / 5);
        PlannedPerson lead = ofRole("DELIVERY_LEAD", index);
        List<PlannedAllocation> team = team(target, work.practice(), model, start, end, pm, lead, random);

        double hours = team.stream().mapToDouble(a -> a.hoursPerWeek() * ChronoUnit.DAYS.between(a.from(), a.to()) / 7.0).sum();
        double blended = team.stream().mapToDouble(a -> a.person() == null ? a.placeholderBillRate().doubleValue()
                : a.person().billRate().doubleValue()).average().orElse(110);
        double margin = switch (health) {
            case "GREEN" -> 1.05 + random.nextDouble() * 0.2;
            case "AMBER" -> 0.95 + random.nextDouble() * 0.1;
            default -> 0.8 + random.nextDouble() * 0.12;
        };
        BigDecimal budgetInBase = BigDecimal.valueOf(Math.max(20_000, hours * blended * margin));
        BigDecimal budget = budgetInBase.divide(rateToBase(client.currency(), start), 0, RoundingMode.HALF_EVEN)
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_EVEN).multiply(BigDecimal.valueOf(1000));
        BigDecimal probability = target.equals("PROPOSED")
                ? BigDecimal.valueOf(20 + random.nextInt(61)).movePointLeft(2) : null;
        return new PlannedProject(index, key, client.name() + " " + work.name().toLowerCase(), client, model,
                work.practice(), work.service(), target, start, end, workUntil, budget,
                BigDecimal.valueOf(Math.round(hours)), probability, pm, dm, lead, health, team);
    }

    private List<PlannedAllocation> team(String target, String practice, String model, LocalDate start, LocalDate end,
            PlannedPerson pm, PlannedPerson lead, Random random) {
        List<PlannedAllocation> team = new ArrayList<>();
        if (target.equals("PROPOSED")) {
            team.add(new PlannedAllocation(null, "Senior " + practice + " consultant", start, end, 40, "SOFT", true,
                    false, BigDecimal.valueOf(120), BigDecimal.valueOf(70)));
            return team;
        }
        String booking = target.equals("PLANNING") ? "SOFT" : "HARD";
        boolean managementBillable = !model.equals("FIXED_PRICE");
        book(team, pm, 8, start, end, booking, managementBillable);
        book(team, lead, 32, start, end, booking, true);
        int members = 2 + random.nextInt(4);
        List<PlannedPerson> candidates = new ArrayList<>(people.stream().filter(p -> p.is("TEAM_MEMBER")).toList());
        candidates.sort(Comparator.comparing((PlannedPerson p) -> !p.practice().equals(practice))
                .thenComparing(p -> load(p, start, end)).thenComparing(PlannedPerson::index));
        for (PlannedPerson person : candidates) {
            if (members == 0) {
                break;
            }
            if (random.nextInt(4) > 0 && book(team, person, HOURS[random.nextInt(HOURS.length)], start, end, booking, true)) {
                members--;
            }
        }
        return team;
    }

    /** Books the person when the hours fit their weeks; returns whether they did. */
    private boolean book(List<PlannedAllocation> team, PlannedPerson person, int hours, LocalDate from, LocalDate to,
            String booking, boolean billable) {
        int[] weeks = weeklyLoad.computeIfAbsent(person.index(), i -> new int[200]);
        int first = week(from);
        int last = week(to);
        for (int w = first; w <= last; w++) {
            if (weeks[w] + hours > person.capacityHoursPerWeek()) {
                return false;
            }
        }
        for (int w = first; w <= last; w++) {
            weeks[w] += hours;
        }
        team.add(new PlannedAllocation(person, null, from, to, hours, booking, billable, false, null, null));
        return true;
    }

    private int load(PlannedPerson person, LocalDate from, LocalDate to) {
        int[] weeks = weeklyLoad.get(person.index());
        int most = 0;
        for (int w = week(from); weeks != null && w <= week(to); w++) {
            most = Math.max(most, weeks[w]);
        }
        return most;
    }

    private int week(LocalDate day) {
        return (int) Math.min(199, Math.max(0, ChronoUnit.WEEKS.between(firstWeek, day)));
    }

    /** Two busy people take on an extra running project anyway: the over-allocation the alerts should show. */
    private void overbookTwoPeople() {
        List<PlannedProject> running = projects.stream().filter(p -> p.target().equals("ACTIVE")).toList();
        if (scale.people() < 40 || running.size() < 2) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            PlannedProject project = running.get(running.size() - 1 - i);
            PlannedProject other = running.get(i);
            PlannedPerson busy = other.team().stream().map(PlannedAllocation::person)
                    .filter(p -> p != null && p.is("TEAM_MEMBER")).filter(p -> project.team().stream()
                            .noneMatch(a -> p.equals(a.person()))).findFirst().orElse(null);
            if (busy != null) {
                LocalDate from = latest(project.plannedStart(), anchor.minusDays(14));
                project.team().add(new PlannedAllocation(busy, null, from, project.plannedEnd(), 24, "HARD", true, true,
                        null, null));
            }
        }
    }

    private PlannedPerson ofRole(String role, int turn) {
        List<PlannedPerson> holders = people.stream().filter(p -> p.is(role)).toList();
        return holders.get(turn % holders.size());
    }

    private static int between(Random random, int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
