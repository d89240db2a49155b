package io.deliveryhub.deploy.local.demo;

/** One step of seeding a domain area, which finds what an earlier run created and creates only the rest. */
interface Stage {

    /** In the domain's words, as the progress line shows it. */
    String name();

    void run(Seeding seeding, Tally tally);
}
