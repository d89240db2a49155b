package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key pair of the internal JWTs (docs/access.md#tokens): the gateway signs with the private key, every service
 * verifies with the public one. Generated on the first start of a data directory and kept with it, so
 * tokens and configuration stay valid across restarts.
 *
 * @param privateKey PEM, PKCS#8 ({@code BEGIN PRIVATE KEY}), what {@code smallrye.jwt.sign.key.location} reads
 * @param publicKey  PEM, X.509 SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}), what {@code mp.jwt.verify.publickey.location} reads
 */
public record SigningKeys(Path privateKey, Path publicKey) {

    private static final int RSA_KEY_BITS = 2048;

    /** The key pair under {@code directory}, generating it when either half is missing. */
    public static SigningKeys inDirectory(Path directory) {
        SigningKeys keys = new SigningKeys(directory.resolve("private.pem"), directory.resolve("public.pem"));
        if (!Files.isRegularFile(keys.privateKey) || !Files.isRegularFile(keys.publicKey)) {
            keys.generate();
        }
        return keys;
    }

    private void generate() {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_KEY_BITS);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK cannot generate RSA keys", e);
        }
        try {
            Files.createDirectories(privateKey.getParent());
            // public key last: a crash in between leaves the pair incomplete, so the next start generates both again
            write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT key pair to " + privateKey.getParent(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String content, boolean secret) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(partial, content, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the data directory's own protection applies
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
