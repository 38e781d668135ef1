package org.qianshou.system.json;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly: the server's JSON body handler is built on a {@link StrictJsonMapper}, which
 * refuses anything after the body's value ({@code {"a":1}}}) and a one-element array where a single value is
 * expected ({@code {"version":[1]}}). Micronaut Serialization (2.16) has no setting for either: its Jackson decoder
 * unwraps such arrays unconditionally (micronaut-serialization issue 1117 asks for one), and the mapper reads one
 * value and leaves the rest unread. Answers are written by the application's mapper, unchanged.
 */
@Singleton
final class StrictJsonBodies implements BeanCreatedEventListener<NettyJsonHandler<?>> {

    private final Provider<JsonMapper> mapper;
    private final Provider<SerdeRegistry> registry;
    private final Provider<SerdeConfiguration> configuration;

    StrictJsonBodies(
            Provider<JsonMapper> mapper, Provider<SerdeRegistry> registry, Provider<SerdeConfiguration> configuration) {
        this.mapper = mapper;
        this.registry = registry;
        this.configuration = configuration;
    }

    @Override
    public NettyJsonHandler<?> onCreated(BeanCreatedEvent<NettyJsonHandler<?>> event) {
        return new NettyJsonHandler<>(new StrictJsonMapper(mapper.get(), registry.get(), configuration.get(), null));
    }
}
