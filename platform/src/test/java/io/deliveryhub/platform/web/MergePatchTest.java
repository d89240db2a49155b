package io.deliveryhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The test cases of RFC 7396, appendix A. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'a':'b'}|{'a':'c'}|{'a':'c'}",
        "{'a':'b'}|{'b':'c'}|{'a':'b','b':'c'}",
        "{'a':'b'}|{'a':null}|{}",
        "{'a':'b','b':'c'}|{'a':null}|{'b':'c'}",
        "{'a':['b']}|{'a':'c'}|{'a':'c'}",
        "{'a':'c'}|{'a':['b']}|{'a':['b']}",
        "{'a':{'b':'c'}}|{'a':{'b':'d','c':null}}|{'a':{'b':'d'}}",
        "{'a':[{'b':'c'}]}|{'a':[1]}|{'a':[1]}",
        "{'e':null}|{'a':1}|{'e':null,'a':1}",
        "{}|{'a':{'bb':{'ccc':null}}}|{'a':{'bb':{}}}",
    })
    void mergesAsRfc7396Says(String target, String patch, String expected) throws Exception {
        JsonNode merged = MergePatch.merge(read(target), read(patch));

        assertThat(merged).isEqualTo(read(expected));
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }
}
