package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads the plan's articles; they come from a migration and never change at run time. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, Integer> {

    /** Every article with its chapter, in one query. */
    public List<Article> listInOrder() {
        return find("from Article a join fetch a.chapter order by a.number").list();
    }

    public Optional<Article> findByNumber(int number) {
        return find("from Article a join fetch a.chapter where a.number = ?1", number)
                .firstResultOptional();
    }
}
