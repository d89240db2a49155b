-- Exchange rates as projects-service announces them (deliveryhub.exchange-rate.set.v1): amounts in a currency other
-- than the base are accepted only where a rate is in force (docs/money.md).
create table exchange_rate (
    currency       char(3)         not null,
    effective_from date            not null,
    rate_to_base   numeric(22, 10) not null,
    version        bigint          not null,
    updated_at     timestamptz     not null,
    primary key (currency, effective_from)
);
