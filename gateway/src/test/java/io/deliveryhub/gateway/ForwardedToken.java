package io.deliveryhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;

/** The internal JWT the last request carried upstream, its RS256 signature checked with the stub's public key. */
public final class ForwardedToken {

    private ForwardedToken() {
    }

    public static JsonObject claims() {
        String token = UpstreamStub.LAST.get().headers().get("Authorization").substring("Bearer ".length());
        return verified(token);
    }

    public static JsonObject verified(String token) {
        try {
            String[] parts = token.split("\\.");
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(UpstreamStub.publicKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature").isTrue();
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
