-- A placeholder allocation may be priced with the cost rate of the person it stands for, as it may with a bill rate.
alter table allocation add column cost_rate_amount numeric(17, 2);
alter table allocation add column cost_rate_currency char(3);
alter table allocation add constraint allocation_cost_rate_not_negative check (cost_rate_amount is null or cost_rate_amount >= 0);
