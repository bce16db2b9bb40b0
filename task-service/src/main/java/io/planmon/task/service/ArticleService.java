package io.planmon.task.service;

import io.planmon.task.domain.Article;
import io.planmon.task.domain.ArticleRepository;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The plan's articles as the API shows them; read-only, so no transaction is opened. */
@ApplicationScoped
public class ArticleService {
    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    public List<Article> list() {
        return articles.listInOrder();
    }

    public Article get(int number) {
        return articles.findByNumber(number)
                .orElseThrow(() -> ProblemException.notFound("the plan has no article " + number));
    }
}
