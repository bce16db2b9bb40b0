package io.planmon.task.rest;

import io.planmon.task.domain.Article;

/** An article as the API shows it, with its chapter flattened in. */
public record ArticleView(
        int number, String title, String titleEn, String chapter, String chapterEn, int chapterNumber) {

    static ArticleView of(Article a) {
        return new ArticleView(a.number, a.title, a.titleEn, a.chapter.name, a.chapter.nameEn, a.chapter.number);
    }
}
