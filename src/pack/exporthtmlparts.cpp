#include "exporthtmlparts.h"

#include "exporthtmlmarkdown.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString languageName(const QString &language)
{
    // As Catalog::nativeName (src/ui), which civic-pack cannot link: Leichte Sprache is a variant,
    // not a locale, a bare "en" would read "American English", and Ukrainian writes its own name
    // in lower case.
    if (language == u"de-x-ls"_s)
        return u"Leichte Sprache"_s;
    if (language == u"en"_s)
        return u"English"_s;
    const QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    return name.at(0).toUpper() + name.mid(1);
}

QString textDirection(const QString &language)
{
    return QLocale(language).textDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
}

HtmlWriter::Attributes languageAttributes(const civic::LocalizedText &text, const QString &pageLanguage)
{
    if (text.language.isEmpty() || text.language == pageLanguage)
        return {};
    return {{u"lang"_s, text.language}, {u"dir"_s, textDirection(text.language)}};
}

void writePhoneLinks(HtmlWriter &out, const QString &phone)
{
    bool first = true;
    for (const QString &number : phoneNumbers(phone)) {
        if (!first)
            out.text(u" · "_s);
        first = false;
        // Digits, spaces and dashes would be reordered around each other in a right-to-left page.
        out.element(u"a"_s, number, {{u"class"_s, u"phone"_s}, {u"href"_s, telephoneHref(number)}, {u"dir"_s, u"ltr"_s}});
    }
}

void writeCards(HtmlWriter &out, const QList<Card> &cards, int headingLevel, const QString &language)
{
    out.open(u"ul"_s, {{u"class"_s, u"cards"_s}});
    for (const Card &card : cards) {
        out.open(u"li"_s);
        // The heading beside the picture says what it shows; the pack has no other description.
        if (!card.image.isEmpty())
            out.empty(u"img"_s, {{u"src"_s, card.image}, {u"alt"_s, QString()}});
        out.open(u"h"_s + QString::number(headingLevel), languageAttributes(card.title, language));
        out.element(u"a"_s, card.title.text, {{u"href"_s, card.href}});
        out.close();
        if (!card.summary.text.isEmpty())
            out.element(u"p"_s, card.summary.text, languageAttributes(card.summary, language));
        out.close();
    }
    out.close();
}

void writeHeading(HtmlWriter &out, int level, const QString &text)
{
    out.element(u"h"_s + QString::number(level), text);
}

void writeLead(HtmlWriter &out, const civic::LocalizedText &text, const QString &language)
{
    if (!text.text.isEmpty())
        out.element(u"p"_s, text.text, HtmlWriter::Attributes{{u"class"_s, u"lead"_s}} + languageAttributes(text, language));
}

void writeBody(HtmlWriter &out, const civic::LocalizedText &body, const QString &language)
{
    if (body.text.isEmpty())
        return;
    out.open(u"div"_s, HtmlWriter::Attributes{{u"class"_s, u"body"_s}} + languageAttributes(body, language));
    out.raw(markdownToHtml(body.text, 1));
    out.close();
}

void writeWebLink(HtmlWriter &out, const QString &url)
{
    // The importer allows https only; anything else is not made a link on the city's web site.
    if (url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s)) {
        out.open(u"p"_s, {{u"class"_s, u"web"_s}});
        out.element(u"a"_s, url, {{u"href"_s, url}, {u"dir"_s, u"ltr"_s}});
        out.close();
    }
}
