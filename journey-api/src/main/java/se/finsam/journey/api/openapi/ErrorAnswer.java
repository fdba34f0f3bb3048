package se.finsam.journey.api.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem+json answer an endpoint gives, and when: the OpenAPI document lists it under the endpoint's responses
 * with the shared {@code Problem} schema. Refusals of sign-in (401, 429) apply to every endpoint and are added to
 * all of them by {@link OpenApiConfiguration}; everything else an endpoint may refuse is named on it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ErrorAnswer.List.class)
public @interface ErrorAnswer {

    /** The HTTP status, e.g. 404. */
    int status();

    /** When it is given, in the client's terms: "no journey has this id". */
    String when();

    /** The container Java needs for a repeated annotation. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ErrorAnswer[] value();
    }
}
