package se.finsam.journey.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Where errors are answered outside Spring MVC's controllers: parameters, and Tomcat's own refusals. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Right after the security filters: a refusal then carries the security headers, like every other answer. */
    @Bean
    FilterRegistrationBean<ControlCharacterParameters> controlCharacterParameters() {
        FilterRegistrationBean<ControlCharacterParameters> registration =
                new FilterRegistrationBean<>(new ControlCharacterParameters());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Replaces the host's error report valve (Tomcat's, or the one Spring Boot adds without server details) with
     * {@link TomcatErrorReports}. Last of the customizers, so that Boot's valve is there to be replaced; the host is
     * told the valve's class, else it would add Tomcat's own again when it starts.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorReports(ObjectMapper json) {
        return new LastCustomizer(factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new TomcatErrorReports(json));
            host.setErrorReportValveClass(TomcatErrorReports.class.getName());
        }));
    }

    private record LastCustomizer(WebServerFactoryCustomizer<TomcatServletWebServerFactory> customizer)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            customizer.customize(factory);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
