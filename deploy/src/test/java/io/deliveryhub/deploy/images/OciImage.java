package io.deliveryhub.deploy.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image as Jib saves it in OCI layout to a tarball: its configuration and, per layer in order, the history comment
 * Jib gives it (the layer's name) and the paths it holds.
 */
record OciImage(JsonNode config, List<Layer> layers) {

    record Layer(String name, List<String> paths) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LARGEST_DOCUMENT = 1 << 20;

    static OciImage read(Path tarball) throws IOException {
        Map<String, byte[]> documents = new HashMap<>();
        forEachEntry(tarball, (entry, in) -> {
            if (entry.getSize() < LARGEST_DOCUMENT) {
                documents.put(entry.getName(), in.readAllBytes());
            }
        });
        JsonNode index = JSON.readTree(documents.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(documents, index.at("/manifests/0/digest").asText()));
        JsonNode config = JSON.readTree(blob(documents, manifest.at("/config/digest").asText()));

        List<String> names = new ArrayList<>();
        config.at("/history").forEach(entry -> {
            if (!entry.path("empty_layer").asBoolean(false)) {
                names.add(entry.path("comment").asText(entry.path("created_by").asText()));
            }
        });
        Map<String, String> nameByBlob = new LinkedHashMap<>();
        JsonNode layerDescriptors = manifest.at("/layers");
        for (int i = 0; i < layerDescriptors.size(); i++) {
            nameByBlob.put(blobPath(layerDescriptors.get(i).path("digest").asText()), names.get(i));
        }
        Map<String, List<String>> pathsByBlob = new HashMap<>();
        forEachEntry(tarball, (entry, in) -> {
            if (nameByBlob.containsKey(entry.getName())) {
                pathsByBlob.put(entry.getName(), pathsIn(in));
            }
        });
        List<Layer> layers = new ArrayList<>();
        nameByBlob.forEach((blob, name) -> layers.add(new Layer(name, pathsByBlob.get(blob))));
        return new OciImage(config.path("config"), layers);
    }

    private static byte[] blob(Map<String, byte[]> documents, String digest) {
        return documents.get(blobPath(digest));
    }

    private static String blobPath(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    private static List<String> pathsIn(InputStream gzippedLayer) throws IOException {
        List<String> paths = new ArrayList<>();
        TarArchiveInputStream layer = new TarArchiveInputStream(new GZIPInputStream(gzippedLayer));
        for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
            paths.add(entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""));
        }
        return paths;
    }

    private interface EntryReader {
        void read(TarArchiveEntry entry, InputStream content) throws IOException;
    }

    private static void forEachEntry(Path tarball, EntryReader reader) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    reader.read(entry, tar);
                }
            }
        }
    }
}
