package io.planmon.kit.support;

import io.planmon.web.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * A tiny API of the kit's test application, shaped like the services' (a bound, validated body; a path parameter with
 * a rule; a domain refusal; the database; a bug), so that the kit's problem mappers answer real HTTP calls.
 */
@Path("/kit-test/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
    /** A body as the services bind them: Jackson first (the kinds of values), then Bean Validation (the rules). */
    public record PlanBody(@NotNull @Min(1) Integer article, @NotBlank String title, List<@Valid Step> steps) {}

    public record Step(@NotBlank String title, LocalDate due) {}

    private final EntityManager em;

    public PlanResource(EntityManager em) {
        this.em = em;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanBody create(@Valid @NotNull PlanBody body) {
        return body;
    }

    @GET
    @Path("/{article}")
    public String read(@PathParam("article") @Min(1) int article) {
        throw ProblemException.notFound("no plan has article " + article);
    }

    /** A statement that outlives its timeout: PostgreSQL cancels it (SQLSTATE 57014), the data is "busy". */
    @GET
    @Path("/slow")
    @Transactional
    public String slow() {
        em.createNativeQuery("select set_config('statement_timeout', '50', true)")
                .getSingleResult();
        em.createNativeQuery("select pg_sleep(2)").getSingleResult();
        return "never";
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("a bug in the test resource");
    }
}
