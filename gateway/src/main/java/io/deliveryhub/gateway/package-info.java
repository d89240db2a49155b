/**
 * The gateway: the only door to the services.
 * <p>
 * The beans every request passes through (authentication, rate limits, caller limits, internal tokens, upstreams)
 * are {@code @Singleton} rather than {@code @ApplicationScoped}: a singleton is injected as the instance itself,
 * while an application-scoped bean is reached through a client proxy that looks the instance up on every call,
 * a cost the request path pays on every request for laziness it does not need.
 */
package io.deliveryhub.gateway;
