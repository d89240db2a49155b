package io.deliveryhub.projects.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.deliveryhub.platform.money.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project written field by field, the same JSON Jackson's record serializer writes (ProjectJsonTest compares the
 * two): that serializer's reflective walk over every field was most of the JSON's cost in a page of 100 projects
 * (docs/performance.md).
 */
@Singleton
class ProjectJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("project-json").addSerializer(ProjectView.class, new Writer()));
    }

    static final class Writer extends StdSerializer<ProjectView> {

        Writer() {
            super(ProjectView.class);
        }

        @Override
        public void serialize(ProjectView project, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(project);
            uuid(json, "id", project.id());
            json.writeStringField("key", project.key());
            json.writeStringField("name", project.name());
            uuid(json, "clientId", project.clientId());
            json.writeStringField("status", project.status() == null ? null : project.status().name());
            json.writeStringField("deliveryModel", project.deliveryModel() == null ? null : project.deliveryModel().name());
            json.writeStringField("practice", project.practice());
            uuid(json, "projectManagerId", project.projectManagerId());
            uuid(json, "deliveryManagerId", project.deliveryManagerId());
            uuid(json, "deliveryLeadId", project.deliveryLeadId());
            date(json, "plannedStart", project.plannedStart());
            date(json, "plannedEnd", project.plannedEnd());
            json.writeStringField("currency", project.currency());
            money(json, "budget", project.budget());
            json.writeFieldName("budgetHours");
            json.writeNumber(project.budgetHours());
            json.writeFieldName("tags");
            if (project.tags() == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                for (String tag : project.tags()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
            }
            json.writeFieldName("probability");
            json.writeNumber(project.probability());
            if (project.opportunity() == null) {
                json.writeNullField("opportunity");
            } else {
                json.writeObjectFieldStart("opportunity");
                json.writeStringField("system", project.opportunity().system());
                json.writeStringField("id", project.opportunity().id());
                json.writeEndObject();
            }
            // most projects have no demand; the lines of those that have are written as Jackson writes them
            provider.defaultSerializeField("demand", project.demand(), json);
            json.writeBooleanField("acceptsRecords", project.acceptsRecords());
            json.writeNumberField("version", project.version());
            instant(json, "createdAt", project.createdAt());
            instant(json, "updatedAt", project.updatedAt());
            json.writeEndObject();
        }

        private static void uuid(JsonGenerator json, String field, UUID value) throws IOException {
            json.writeStringField(field, value == null ? null : value.toString());
        }

        private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
            json.writeStringField(field, value == null ? null : value.toString());
        }

        /** ISO-8601 with as many fraction digits as needed, as Jackson's Instant serializer writes dates as text. */
        private static void instant(JsonGenerator json, String field, Instant value) throws IOException {
            json.writeStringField(field, value == null ? null : value.toString());
        }

        /** {@link Money}'s amount is a decimal string ({@code @JsonFormat(shape = STRING)}), as Jackson writes it. */
        private static void money(JsonGenerator json, String field, Money value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
                return;
            }
            json.writeObjectFieldStart(field);
            if (value.amount() == null) {
                json.writeNullField("amount");
            } else {
                json.writeStringField("amount", json.isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                        ? value.amount().toPlainString() : value.amount().toString());
            }
            json.writeStringField("currency", value.currency());
            json.writeEndObject();
        }
    }
}
