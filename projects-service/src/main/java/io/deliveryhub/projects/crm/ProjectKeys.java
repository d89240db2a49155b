package io.deliveryhub.projects.crm;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Project keys for imported opportunities, made from the opportunity's name as a person would abbreviate
 * it ("Acme payments platform" → ACME-PAYMENTS-PLATFORM), numbered when taken (…-2, …-3).
 */
public final class ProjectKeys {

    static final int MAX = 32;
    /** Room left for a "-NNN" suffix. */
    private static final int BASE_MAX = MAX - 4;

    private ProjectKeys() {
    }

    /** A valid key (docs/api.md#ids-and-keys) derived from the name; never empty, always starting with a letter. */
    public static String base(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        String key = ascii.replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
            key = key.isEmpty() ? "CRM" : "P-" + key;
        }
        if (key.length() > BASE_MAX) {
            key = key.substring(0, BASE_MAX).replaceAll("-+$", "");
        }
        return key.length() < 2 ? key + "-P" : key;
    }

    /** The n-th candidate: the base itself first, then base-2, base-3, ... */
    public static String candidate(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
