package org.nafitha.portal.web;

import org.nafitha.portal.PortalProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The input limits for JSON: every string property meets the same rule as a form field of its
 * name, and the parser refuses deep nesting, long numbers and any string over the longest limit
 * before it builds anything.
 */
@Configuration
class JsonLimits {

    static final int MAX_DEPTH = 32;
    // A body of the largest form the API takes has a few hundred tokens; an array of many thousands is hostile.
    static final long MAX_TOKENS = 20_000;

    @Bean
    JsonFactoryBuilderCustomizer jsonReadConstraints(PortalProperties properties) {
        var limits = properties.input();
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(64)
                .maxNameLength(200)
                .maxTokenCount(MAX_TOKENS)
                .maxStringLength(limits.longest())
                .maxDocumentLength(limits.maxBody().toBytes())
                .build());
    }

    @Bean
    JacksonModule limitedStrings(PortalProperties properties) {
        var limits = properties.input();
        return new SimpleModule("nafitha-input-limits").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                return description.getBeanClass() == String.class
                        ? new LimitedString(deserializer, limits) : deserializer;
            }
        });
    }

    /** The standard string deserializer, then the length rule for the property being read. */
    static final class LimitedString extends DelegatingDeserializer {

        private final PortalProperties.InputLimits limits;

        LimitedString(ValueDeserializer<?> delegate, PortalProperties.InputLimits limits) {
            super(delegate);
            this.limits = limits;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new LimitedString(delegate, limits);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            var value = super.deserialize(parser, context);
            var field = parser.streamReadContext().inObject() ? parser.currentName()
                    : parser.streamReadContext().getParent() == null ? null
                    : parser.streamReadContext().getParent().currentName();
            int max = limits.maxLength(field);
            if (value instanceof String text && text.length() > max) {
                throw new InputTooLong(parser, field, max);
            }
            return value;
        }
    }
}
