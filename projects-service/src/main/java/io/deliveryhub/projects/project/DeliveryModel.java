package io.deliveryhub.projects.project;

/** How the work is sold (docs/architecture.md#delivery-models); it decides how budget and margin are read. */
public enum DeliveryModel {
    FIXED_PRICE, TIME_AND_MATERIALS, RETAINER, INTERNAL
}
