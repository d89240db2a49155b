package io.deliveryhub.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void generatesAnRsaPairInThePemFormsSmallRyeReads() throws Exception {
        SigningKeys keys = SigningKeys.inDirectory(directory);

        String privatePem = Files.readString(keys.privateKey());
        String publicPem = Files.readString(keys.publicKey());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        assertThat(((RSAPublicKey) publicKey).getModulus().bitLength()).isEqualTo(2048);

        byte[] token = "header.payload".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(token);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(token);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void keepsThePairOfAnEarlierStart() throws Exception {
        SigningKeys first = SigningKeys.inDirectory(directory);
        String publicPem = Files.readString(first.publicKey());

        SigningKeys again = SigningKeys.inDirectory(directory);

        assertThat(Files.readString(again.publicKey())).isEqualTo(publicPem);
    }

    @Test
    void generatesBothHalvesAgainWhenOneIsMissing() throws Exception {
        SigningKeys first = SigningKeys.inDirectory(directory);
        String publicPem = Files.readString(first.publicKey());
        Files.delete(first.privateKey());

        SigningKeys again = SigningKeys.inDirectory(directory);

        assertThat(again.privateKey()).exists();
        assertThat(Files.readString(again.publicKey())).isNotEqualTo(publicPem);
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
