#pragma once

#include "contentstore.h"
#include "exporthtmlwriter.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

// The pieces the pages of the web export are made of.

/// A language's name in itself ("Deutsch", "Türkçe"), as the kiosk's language picker shows it.
QString languageName(const QString &language);
/// "rtl" for a right-to-left language such as Arabic, otherwise "ltr".
QString textDirection(const QString &language);
/// lang and dir attributes for a text that is not in the page's language (a fallback); none for
/// a text in the page's language or a language-neutral one.
HtmlWriter::Attributes languageAttributes(const civic::LocalizedText &text, const QString &pageLanguage);

/// `format` with %1 replaced by whatever `placeholder` writes (a link, say), the rest escaped.
template<typename WritePlaceholder>
void writeWithPlaceholder(HtmlWriter &out, const QString &format, WritePlaceholder placeholder)
{
    const qsizetype at = format.indexOf(QLatin1StringView("%1"));
    if (at < 0) {
        out.text(format);
        return;
    }
    out.text(format.left(at));
    placeholder();
    out.text(format.mid(at + 2));
}

/// The phone numbers of a contact's `phone` as tel: links.
void writePhoneLinks(HtmlWriter &out, const QString &phone);

/// One entry of a list of sections, tips, projects or pages: a heading that links, and a summary.
struct Card {
    QString href;
    QString image;  ///< relative to the page; empty for none
    civic::LocalizedText title;
    civic::LocalizedText summary;
};

void writeCards(HtmlWriter &out, const QList<Card> &cards, int headingLevel, const QString &language);
void writeHeading(HtmlWriter &out, int level, const QString &text);
/// The summary under a page's title, larger than the body.
void writeLead(HtmlWriter &out, const civic::LocalizedText &text, const QString &language);
/// A Markdown body, its headings below the page's <h1>.
void writeBody(HtmlWriter &out, const civic::LocalizedText &body, const QString &language);
/// A "more on the web" address of the pack, as a link.
void writeWebLink(HtmlWriter &out, const QString &url);
