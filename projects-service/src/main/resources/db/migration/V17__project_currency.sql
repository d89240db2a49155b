-- A project accounts in one currency (its budget, billing amounts and rate card); existing projects keep the
-- currency their budget was in, those without a budget the installation's base currency.
alter table project add column currency char(3);
update project set currency = coalesce(budget_currency, '${baseCurrency}');
alter table project alter column currency set not null;
