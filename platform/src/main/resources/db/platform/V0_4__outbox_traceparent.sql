-- The W3C trace context of the change that wrote the event, so that its Kafka record and the consumers' work on it
-- belong to the same trace as the request (null for events written outside any trace).
alter table outbox add column traceparent text;
