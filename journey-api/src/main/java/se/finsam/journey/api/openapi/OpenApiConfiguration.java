package se.finsam.journey.api.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The OpenAPI document of {@code /api/**} (springdoc builds it from the controllers; {@code application.properties}
 * keeps the web pages out): who may sign in how, the shared problem+json schema, and every endpoint's refusals from
 * its {@link ErrorAnswer}s plus the two every endpoint shares.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI journeyApi(ObjectProvider<JwtDecoder> singleSignOn) {
        Components components = new Components()
                .addSchemas(PROBLEM, problemSchema())
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The user name and password of a journey user."));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("journey").version("v1").description("""
                        The follow-up service for Finsam coordination teams: record participants' journeys, import \
                        their history, and read the participant report and analysts' own tables (definitions kept in \
                        versions), their lineage and manifests. The published \
                        contract is API.md (contract v1); codes and the definition of every figure are in DOMAIN.md. \
                        Every error is `application/problem+json` with a `detail` that says what is wrong and where, \
                        a `rule` when a journey rule was broken; a refused record also names its `code`, `field` and \
                        `arguments`."""))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
        if (singleSignOn.getIfAvailable() != null) {
            // Only with single sign-on on (JOURNEY_OIDC_ISSUER) does /api/** take bearer tokens at all.
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("An access token of the configured OpenID Connect provider."));
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        return api;
    }

    /**
     * Adds each endpoint's {@link ErrorAnswer}s, and the sign-in refusals that the security filters give before any
     * endpoint is reached, then orders the answers by status.
     */
    @Bean
    OperationCustomizer errorAnswers() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.addApiResponse("401", problem("No credentials, or wrong ones: sign in with HTTP Basic (or, with "
                    + "single sign-on, a valid bearer token)."));
            responses.addApiResponse("429", problem("Too many failed sign-ins for this user name or from this address "
                    + "lately; `Retry-After` says in how many seconds to try again."));
            for (ErrorAnswer answer : handler.getMethod().getAnnotationsByType(ErrorAnswer.class)) {
                responses.addApiResponse(Integer.toString(answer.status()), problem(answer.when()));
            }
            ApiResponses ordered = new ApiResponses();
            responses.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(entry -> ordered.addApiResponse(entry.getKey(), entry.getValue()));
            return operation.responses(ordered);
        };
    }

    /** A problem+json answer; {@code when} is a clause ("no journey has this id"), written as a sentence. */
    /**
     * Report endpoints share one parameter record ({@code @ParameterObject}); one that ignores some of them names
     * them on the method as {@code @Parameter(name = …, hidden = true)}. springdoc applies that to its own
     * parameters but not to those of a parameter object, so it is done here.
     */
    @Bean
    OperationCustomizer parametersAnEndpointIgnores() {
        return (operation, handler) -> {
            Set<String> ignored = Arrays.stream(handler.getMethod().getAnnotationsByType(Parameter.class))
                    .filter(Parameter::hidden).map(Parameter::name).collect(Collectors.toSet());
            if (operation.getParameters() != null) {
                operation.getParameters().removeIf(parameter -> ignored.contains(parameter.getName()));
            }
            return operation;
        };
    }

    private static ApiResponse problem(String when) {
        String sentence = Character.toUpperCase(when.charAt(0)) + when.substring(1) + (when.endsWith(".") ? "" : ".");
        return new ApiResponse().description(sentence).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457, as {@code ProblemAdvice} and the security filters write it. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An error (RFC 9457).")
                .addProperty("type", new StringSchema().description("Always about:blank."))
                .addProperty("title", new StringSchema().description("The kind of error, e.g. \"Bad request\"."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What is wrong and where, for a person to read."))
                .addProperty("instance", new StringSchema().description("The request's path, only when a segment "
                        + "that looked like a personal identity number had to be hidden."))
                .addProperty("rule", new StringSchema().description("The journey rule that was broken, e.g. "
                        + "\"date-in-future\"; only on answers about a record."))
                .addProperty("code", new StringSchema().description("Why a record was refused, as a stable code "
                        + "(the rule's name, or e.g. \"missing\", \"not-a-code\" for a field); only on answers about "
                        + "a record. A client translates or acts on it instead of reading the detail."))
                .addProperty("field", new StringSchema().description("The field of the record the refusal is about, "
                        + "as a dotted path (\"person.birthYear\"); absent when it is about the record as a whole."))
                .addProperty("arguments", new ObjectSchema().description("The values the detail names, by name "
                        + "(e.g. \"earliest\", \"date\"), never personal data; empty when it names none."));
    }
}
