package se.finsam.journey.api.nodes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This node's name, which the database connections and the token store both need before anything else starts. */
@Configuration(proxyBeanMethods = false)
public class NodesConfiguration {

    @Bean
    NodeName nodeName(NodeProperties node) {
        return NodeName.of(node.name());
    }
}
