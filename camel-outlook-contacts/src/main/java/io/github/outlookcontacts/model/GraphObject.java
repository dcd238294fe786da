package io.github.outlookcontacts.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Base of every Graph DTO: keeps the properties the class does not model (OData annotations such as
 * {@code @odata.type}, properties Graph adds later) in arrival order and writes them back, so an object round-trips
 * through a route without losing anything.
 * <p>
 * Jackson reads and writes the annotated fields directly (getters are for Java callers only), which keeps odd Graph
 * names such as {@code @odata.etag} out of bean-naming rules.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
                creatorVisibility = Visibility.NONE)
public abstract class GraphObject {

    // JsonNode (not Object) values keep numbers and nested shapes exactly as Graph sent them.
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    /** Properties this class does not model, in the order Graph sent them (read-only view). */
    @JsonAnyGetter
    public Map<String, JsonNode> getAdditionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    // Jackson's entry point: an explicit JSON null is kept as NullNode so it is written back too.
    @JsonAnySetter
    private void readAdditionalProperty(String name, JsonNode value) {
        additionalProperties.put(name, value == null ? NullNode.getInstance() : value);
    }

    /** Keeps a property this class does not model; a Java null removes it (use NullNode to send JSON null). */
    public void setAdditionalProperty(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            additionalProperties.remove(name);
        } else {
            additionalProperties.put(name, value);
        }
    }

    /** Keeps a property this class does not model, converting a plain Java value (Map, List, String, ...). */
    public void putAdditionalProperty(String name, Object value) {
        setAdditionalProperty(name, value == null ? null : GraphJson.toTree(value));
    }

    /** One property this class does not model, or null. */
    public JsonNode getAdditionalProperty(String name) {
        return additionalProperties.get(name);
    }

    /** The {@code @odata.type} annotation, if Graph sent one. */
    public String odataType() {
        JsonNode type = additionalProperties.get("@odata.type");
        return type == null || type.isNull() ? null : type.asText();
    }

    /** The modelled fields of the subclass, in a fixed order, for equals and hashCode. */
    protected abstract Object[] modelledValues();

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        GraphObject other = (GraphObject) o;
        return java.util.Arrays.deepEquals(modelledValues(), other.modelledValues())
               && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public final int hashCode() {
        return 31 * java.util.Arrays.deepHashCode(modelledValues()) + additionalProperties.hashCode();
    }
}
