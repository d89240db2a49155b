package io.deliveryhub.deploy;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.StackSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Gives end-to-end tests the whole system, started once per test JVM with {@link LocalStack} exactly as
 * {@code deploy/local/run} starts it, on free ports and a fresh data directory under {@code target/}. Test
 * classes declare {@code @ExtendWith(RunningStack.class)} and take a {@link LocalStack} parameter; JUnit
 * stops the stack after the last of them.
 * <p>
 * Each backend service runs as {@code -Ddeliveryhub.e2e.replicas} JVMs (1 by default), or as many as a test class asks
 * with {@link Replicas}; a class that needs another number than the running stack has gets a stack of its own, and
 * the other one is stopped first.
 */
public final class RunningStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static LocalStack stack(ExtensionContext context) {
        int replicas = context.getTestClass().map(test -> test.getAnnotation(Replicas.class)).map(Replicas::value)
                .orElse(Integer.getInteger("deliveryhub.e2e.replicas", 1));
        // the root store outlives every test class and closes what it holds (AutoCloseable) when the run ends
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        LocalStack running = store.get(LocalStack.class, LocalStack.class);
        if (running != null && running.settings().replicas() != replicas) {
            store.remove(LocalStack.class);
            running.close();
        }
        return store.computeIfAbsent(LocalStack.class, key -> start(replicas), LocalStack.class);
    }

    private static LocalStack start(int replicas) {
        Path root = Path.of(System.getProperty("deliveryhub.repository.root", ".."));
        Path data = Path.of(System.getProperty("deliveryhub.e2e.data-dir", "target/e2e-data"));
        // the tests check behaviour, not speed: no warm-up before readiness, which would wait for the JIT on every start;
        // and no limit on anonymous callers by address, as in the gateway's tests: every test calls from 127.0.0.1, so a
        // corpus of anonymous probes would leave the next test's anonymous request a 429 instead of its 401
        StackSettings settings = StackSettings.withFreePorts(root, data).withReset(true).withReplicas(replicas)
                .withJavaOptions("-Ddeliveryhub.warm-up.enabled=false"
                        + " -Ddeliveryhub.gateway.rate-limit.anonymous-per-minute=100000");
        LocalStack stack = LocalStack.start(settings);
        System.out.printf("Local stack for the end-to-end tests started in %.1f s%n", stack.startTime().toMillis() / 1000.0);
        return stack;
    }
}
