package io.deliveryhub.deploy.local.demo;

/** The firm's clients, upserted by their CRM reference as a CRM integration would. */
final class Clients implements Stage {

    static final String CRM = "demo-crm";

    @Override
    public String name() {
        return "clients";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        for (Names.ClientEntry client : seeding.plan().clients()) {
            PublicApi.Answer answer = seeding.api().put("/api/v1/clients/external/" + CRM + "/" + client.code(),
                    Body.of("name", client.name(), "industry", client.industry()));
            seeding.client(client, answer.body().path("id").asText());
            if (answer.status() == 201) {
                tally.created("clients");
            } else {
                tally.existing("clients");
            }
        }
    }
}
