#include "exporthtmlpage.h"

#include "exporthtmlparts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

SiteStrings::SiteStrings(const QString &language)
{
    // The kiosk's file names (src/ui/uitranslator.cpp); a missing one leaves the English source.
    (void)m_translator.load(u":/i18n/civic-kiosk_%1.qm"_s.arg(language));
}

QString SiteStrings::get(const char *context, const char *source) const
{
    const QString translated = m_translator.translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString upToLanguage(const QString &path)
{
    return u"../"_s.repeated(path.count(u'/'));
}

namespace {

// The doctype, <html> and <head>; <html> stays open.
void openDocument(HtmlWriter &out, const QString &language, const QString &title, const QString &toRoot)
{
    out.raw(u"<!DOCTYPE html>\n"_s);
    // Polyglot HTML5: the XHTML namespace and xml:lang make the same bytes well-formed XML.
    out.open(u"html"_s, {{u"xmlns"_s, u"http://www.w3.org/1999/xhtml"_s}, {u"lang"_s, language},
                         {u"xml:lang"_s, language}, {u"dir"_s, textDirection(language)}});
    out.open(u"head"_s);
    out.empty(u"meta"_s, {{u"charset"_s, u"utf-8"_s}});
    out.empty(u"meta"_s, {{u"name"_s, u"viewport"_s}, {u"content"_s, u"width=device-width, initial-scale=1"_s}});
    out.element(u"title"_s, title);
    out.empty(u"link"_s, {{u"rel"_s, u"stylesheet"_s}, {u"href"_s, toRoot + u"style.css"_s}});
    out.close();
}

void writeLanguageSwitcher(HtmlWriter &out, const SiteFrame &frame, const QString &path, const QString &toRoot)
{
    out.open(u"nav"_s, {{u"class"_s, u"languages"_s},
                        {u"aria-label"_s, frame.strings->get("LanguageSheet", "Choose your language")}});
    out.open(u"ul"_s);
    for (const QString &language : frame.languages) {
        out.open(u"li"_s);
        const HtmlWriter::Attributes own{{u"lang"_s, language}, {u"dir"_s, textDirection(language)}};
        if (language == frame.language) {
            out.element(u"span"_s, languageName(language), own + HtmlWriter::Attributes{{u"aria-current"_s, u"page"_s}});
        } else {
            out.element(u"a"_s, languageName(language),
                        own + HtmlWriter::Attributes{{u"href"_s, toRoot + language + u'/' + path}, {u"hreflang"_s, language}});
        }
        out.close();
    }
    out.close();
    out.close();
}

void writeEmergencyStrip(HtmlWriter &out, const SiteFrame &frame)
{
    if (frame.emergency.isEmpty())
        return;
    out.open(u"section"_s, {{u"class"_s, u"emergency"_s}, {u"aria-label"_s, frame.strings->get("EmergencyStrip", "Emergency")}});
    out.open(u"ul"_s);
    for (const civic::ContactRow &contact : frame.emergency) {
        out.open(u"li"_s);
        out.element(u"span"_s, contact.name.text, languageAttributes(contact.name, frame.language));
        out.text(u" "_s);
        writePhoneLinks(out, contact.phone);
        out.close();
    }
    out.close();
    out.close();
}

void writeSiteNavigation(HtmlWriter &out, const SiteFrame &frame, const QString &toLanguage)
{
    const SiteStrings &s = *frame.strings;
    const QString index = toLanguage + u"index.html"_s;
    out.open(u"nav"_s, {{u"class"_s, u"site"_s}});
    out.open(u"ul"_s);
    for (const auto &[anchor, label] : {std::pair{QString(), s.get("NavBar", "Home")},
                                        std::pair{u"#contacts"_s, s.get("HomePage", "Contacts")},
                                        std::pair{u"#districts"_s, s.get("SearchPage", "Districts")},
                                        std::pair{u"#projects"_s, s.get("HomePage", "Projects")},
                                        std::pair{u"#about"_s, s.get("HomePage", "About the partnership")}}) {
        out.open(u"li"_s);
        out.element(u"a"_s, label, {{u"href"_s, index + anchor}});
        out.close();
    }
    out.close();
    out.close();
}

} // namespace

QString framePage(const SiteFrame &frame, const QString &path, const QString &title, const QString &main)
{
    const QString toLanguage = upToLanguage(path);
    const QString toRoot = toLanguage + u"../"_s;
    HtmlWriter out;
    openDocument(out, frame.language, title, toRoot);
    out.open(u"body"_s);
    // The kiosk has no skip link, so its translations have no words for it yet: the source text
    // until i18n/ translates the context HtmlExport.
    out.element(u"a"_s, frame.strings->get("HtmlExport", QT_TRANSLATE_NOOP("HtmlExport", "Skip to content")),
                {{u"class"_s, u"skip-link"_s}, {u"href"_s, u"#main"_s}});
    out.open(u"header"_s);
    out.open(u"p"_s, {{u"class"_s, u"site-title"_s}});
    out.open(u"a"_s, {{u"href"_s, toLanguage + u"index.html"_s}});
    // The title beside it names the link: the emblem adds nothing a screen reader should repeat.
    if (!frame.emblem.isEmpty())
        out.empty(u"img"_s, {{u"src"_s, toRoot + frame.emblem}, {u"alt"_s, QString()}, {u"class"_s, u"emblem"_s}});
    out.element(u"span"_s, frame.packTitle.text, languageAttributes(frame.packTitle, frame.language));
    out.close();
    out.close();
    writeLanguageSwitcher(out, frame, path, toRoot);
    writeEmergencyStrip(out, frame);
    writeSiteNavigation(out, frame, toLanguage);
    out.close();
    out.open(u"main"_s, {{u"id"_s, u"main"_s}});
    out.raw(main);
    out.close();
    out.open(u"footer"_s);
    out.open(u"p"_s);
    writeWithPlaceholder(out, frame.strings->get("AboutPage", "Content version %1"), [&] { out.text(frame.version); });
    return out.html() + u'\n';  // closes <p>, <footer>, <body> and <html>
}

QByteArray languageChooser(const civic::ContentStore &store)
{
    const QString language = store.info().defaultLanguage;
    const civic::LocalizedText title = store.packText(u"title"_s, language);
    HtmlWriter out;
    openDocument(out, language, title.text, QString());
    out.open(u"body"_s);
    out.open(u"main"_s, {{u"id"_s, u"main"_s}});
    out.element(u"h1"_s, title.text);
    // Each name in its own language and script, so that a visitor finds theirs.
    out.open(u"ul"_s, {{u"class"_s, u"languages-start"_s}});
    for (const QString &tag : store.info().languages) {
        out.open(u"li"_s);
        out.element(u"a"_s, languageName(tag), {{u"href"_s, tag + u"/index.html"_s}, {u"hreflang"_s, tag},
                                                {u"lang"_s, tag}, {u"dir"_s, textDirection(tag)}});
        out.close();
    }
    return (out.html() + u'\n').toUtf8();
}
