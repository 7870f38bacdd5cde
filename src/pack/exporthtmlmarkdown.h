#pragma once

#include <QString>

/// A Markdown body of the pack as clean HTML. It is parsed by QTextDocument::setMarkdown, as the
/// kiosk's Text.MarkdownText parses it, so the web page shows what the kiosk shows; the HTML is
/// then written from the document's structure (paragraphs, headings, lists, quotes, emphasis,
/// links) without the inline styles of QTextDocument::toHtml. Headings are renumbered to follow a
/// heading of `parentLevel` without skipping a level; links other than https, http, mailto and
/// tel become plain text.
QString markdownToHtml(const QString &markdown, int parentLevel);
