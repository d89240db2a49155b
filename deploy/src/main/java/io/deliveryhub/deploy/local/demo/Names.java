package io.deliveryhub.deploy.local.demo;

import java.util.List;

/** The words the demo firm is made of: people's names, places, practices, clients and the kinds of work they buy. */
final class Names {

    static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Carla", "David", "Elena", "Felix", "Grace", "Hugo",
            "Ines", "Jonas", "Katarzyna", "Liam", "Maria", "Noah", "Olivia", "Pedro", "Quentin", "Rosa", "Samir", "Tara",
            "Ulrich", "Vera", "William", "Xenia", "Yusuf", "Zoe", "Amira", "Bruno", "Chloe", "Dmitri", "Emma", "Farid",
            "Greta", "Hannah", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nina", "Oscar", "Priya", "Rafael", "Sofia",
            "Tomasz", "Valentina", "Wei", "Yara");
    static final List<String> LAST_NAMES = List.of("Schneider", "Okafor", "Silva", "Nowak", "Murphy", "Rossi", "Jansen",
            "Dubois", "Kowalski", "Fischer", "Haddad", "Costa", "Novak", "Berg", "Meyer", "Lindqvist", "Moreau", "Patel",
            "Santos", "Weber", "Brennan", "Kim", "Hoffmann", "Ferreira", "Larsen", "Ivanova", "Becker", "Mendes", "Walsh",
            "Zielinski", "Chen", "Andersen");
    static final List<String> LOCATIONS = List.of("Berlin", "London", "Lisbon", "Warsaw", "Amsterdam", "New York");
    static final List<String> PRACTICES = List.of("Engineering", "Data & AI", "Cloud & Platform", "Experience Design",
            "Quality Engineering");
    static final String EMAIL_DOMAIN = "northbridge-demo.example";

    /** Skill catalogue: name, category, and the practice whose people tend to have it. */
    record SkillEntry(String name, String category, String practice) {
    }

    static final List<SkillEntry> SKILLS = List.of(
            new SkillEntry("Java", "Backend", "Engineering"),
            new SkillEntry("Kotlin", "Backend", "Engineering"),
            new SkillEntry("Spring Boot", "Backend", "Engineering"),
            new SkillEntry("Quarkus", "Backend", "Engineering"),
            new SkillEntry("TypeScript", "Frontend", "Engineering"),
            new SkillEntry("React", "Frontend", "Engineering"),
            new SkillEntry("Python", "Data", "Data & AI"),
            new SkillEntry("Apache Spark", "Data", "Data & AI"),
            new SkillEntry("dbt", "Data", "Data & AI"),
            new SkillEntry("Machine learning", "Data", "Data & AI"),
            new SkillEntry("PostgreSQL", "Data", "Data & AI"),
            new SkillEntry("Kubernetes", "Platform", "Cloud & Platform"),
            new SkillEntry("Terraform", "Platform", "Cloud & Platform"),
            new SkillEntry("AWS", "Platform", "Cloud & Platform"),
            new SkillEntry("Azure", "Platform", "Cloud & Platform"),
            new SkillEntry("Kafka", "Platform", "Cloud & Platform"),
            new SkillEntry("UX research", "Design", "Experience Design"),
            new SkillEntry("Interaction design", "Design", "Experience Design"),
            new SkillEntry("Accessibility", "Design", "Experience Design"),
            new SkillEntry("Test automation", "Quality", "Quality Engineering"),
            new SkillEntry("Performance testing", "Quality", "Quality Engineering"),
            new SkillEntry("Security testing", "Quality", "Quality Engineering"),
            new SkillEntry("Agile delivery", "Delivery", null),
            new SkillEntry("Stakeholder management", "Delivery", null));

    /** A client: its key prefix, name, industry and the currency it contracts in. */
    record ClientEntry(String code, String name, String industry, String currency) {
    }

    static final List<ClientEntry> CLIENTS = List.of(
            new ClientEntry("ACME", "Acme Bank", "Banking", "EUR"),
            new ClientEntry("HLX", "Helix Pharma", "Life sciences", "EUR"),
            new ClientEntry("BRT", "Brightwater Utilities", "Energy", "GBP"),
            new ClientEntry("NVA", "Nova Insurance", "Insurance", "EUR"),
            new ClientEntry("ORB", "Orbital Logistics", "Logistics", "USD"),
            new ClientEntry("GRN", "Greenfield Retail", "Retail", "GBP"),
            new ClientEntry("SKY", "Skyline Airways", "Travel", "EUR"),
            new ClientEntry("MTR", "Metro Transit Authority", "Public sector", "EUR"),
            new ClientEntry("VRT", "Vertex Telecom", "Telecommunications", "EUR"),
            new ClientEntry("CDR", "Cedar Health", "Healthcare", "USD"),
            new ClientEntry("FJD", "Fjord Shipping", "Logistics", "EUR"),
            new ClientEntry("LMN", "Lumen Media", "Media", "GBP"),
            new ClientEntry("ATL", "Atlas Manufacturing", "Manufacturing", "EUR"),
            new ClientEntry("PLR", "Polaris Asset Management", "Financial services", "USD"),
            new ClientEntry("QRY", "Quarry Building Materials", "Construction", "EUR"),
            new ClientEntry("SOL", "Solstice Hotels", "Hospitality", "EUR"),
            new ClientEntry("TDL", "Tidal Energy", "Energy", "GBP"),
            new ClientEntry("UNV", "Univa University", "Education", "EUR"),
            new ClientEntry("WVE", "Wave Mobile", "Telecommunications", "EUR"),
            new ClientEntry("ZNT", "Zenith Foods", "Consumer goods", "USD"),
            new ClientEntry("KST", "Kestrel Defence Systems", "Aerospace", "GBP"),
            new ClientEntry("MRD", "Meridian Payments", "Fintech", "EUR"),
            new ClientEntry("OAK", "Oakridge Council", "Public sector", "GBP"),
            new ClientEntry("PNX", "Phoenix Automotive", "Automotive", "EUR"));

    /** Kinds of engagement: a name and the practice that delivers it. */
    record WorkEntry(String name, String practice, String service) {
    }

    static final List<WorkEntry> WORK = List.of(
            new WorkEntry("Payments platform", "Engineering", "payments-api"),
            new WorkEntry("Customer portal rebuild", "Engineering", "customer-portal"),
            new WorkEntry("Mobile app", "Engineering", "mobile-backend"),
            new WorkEntry("Data lake migration", "Data & AI", "ingestion-jobs"),
            new WorkEntry("Demand forecasting model", "Data & AI", "forecast-service"),
            new WorkEntry("Cloud landing zone", "Cloud & Platform", "platform-infra"),
            new WorkEntry("Kubernetes migration", "Cloud & Platform", "cluster-config"),
            new WorkEntry("Design system", "Experience Design", "design-system"),
            new WorkEntry("Checkout redesign", "Experience Design", "web-checkout"),
            new WorkEntry("Test automation programme", "Quality Engineering", "test-harness"),
            new WorkEntry("Event streaming backbone", "Cloud & Platform", "event-bus"),
            new WorkEntry("Claims processing API", "Engineering", "claims-api"),
            new WorkEntry("Analytics dashboards", "Data & AI", "analytics-web"),
            new WorkEntry("Legacy core modernisation", "Engineering", "core-services"));

    private Names() {
    }
}
