package com.aftercare.notifications;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a notice as plain text and as HTML (the {@code mail/notice} template), from the same parts. */
@Component
class NoticeRenderer {

    private final TemplateEngine templates;

    NoticeRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    String text(Notice notice) {
        var text = new StringBuilder();
        text.append(notice.greeting()).append("\n\n");
        notice.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        if (!notice.facts().isEmpty()) {
            notice.facts().forEach(f -> text.append(f.label()).append(": ").append(f.value()).append('\n'));
            text.append('\n');
        }
        if (!notice.clauses().isEmpty()) {
            text.append(notice.clausesHeading()).append('\n');
            notice.clauses().forEach(c -> text.append("- ").append(c.id()).append(": ").append(c.text()).append('\n'));
            text.append('\n');
        }
        text.append(notice.linkText()).append(": ").append(notice.link()).append("\n\n");
        text.append(notice.signature()).append("\n\n-- \n").append(notice.footer()).append('\n');
        return text.toString();
    }

    String html(Notice notice, Locale locale) {
        var context = new Context(locale);
        context.setVariable("notice", notice);
        return templates.process("mail/notice", context);
    }
}
