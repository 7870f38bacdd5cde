#include "exporthtmlsite.h"

#include "exporthtmlparts.h"
#include "vcard.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

QString pageTitle(const QString &title, const civic::LocalizedText &packTitle)
{
    return title + u" – "_s + packTitle.text;
}

} // namespace

LanguagePages::LanguagePages(const civic::ContentStore &store, const QString &language)
    : m_store(store), m_language(language), m_strings(language)
{
    m_frame.language = language;
    m_frame.languages = store.info().languages;
    m_frame.packTitle = store.packText(u"title"_s, language);
    m_frame.emblem = store.info().emblem;
    m_frame.version = store.info().version;
    m_frame.emergency = store.contactsById(store.info().emergency, language);
    m_frame.strings = &m_strings;
    for (const civic::DistrictRow &row : store.districts(language))
        m_districtNames.insert(row.id, row.name);
}

QMap<QString, QByteArray> LanguagePages::files() const
{
    QMap<QString, QByteArray> files;
    const auto add = [&](const QString &path, const QString &title, const QString &main) {
        files.insert(path, framePage(m_frame, path, title, main).toUtf8());
    };
    add(u"index.html"_s, m_frame.packTitle.text, index());
    for (const civic::SectionRow &row : m_store.sections(m_language))
        add(u"sections/%1.html"_s.arg(row.id), pageTitle(row.title.text, m_frame.packTitle), section(row));
    for (const civic::TipRow &row : m_store.tips(m_language)) {
        if (const auto detail = m_store.tip(row.id, m_language))
            add(u"tips/%1.html"_s.arg(row.id), pageTitle(detail->title.text, m_frame.packTitle), tip(*detail));
    }
    for (const civic::ProjectRow &row : m_store.projects(m_language)) {
        if (const auto detail = m_store.project(row.id, m_language))
            add(u"projects/%1.html"_s.arg(row.id), pageTitle(detail->title.text, m_frame.packTitle), project(*detail));
    }
    for (const civic::ContactRow &row : m_store.contacts(m_language)) {
        add(u"contacts/%1.html"_s.arg(row.id), pageTitle(row.name.text, m_frame.packTitle), contact(row));
        files.insert(u"contacts/%1.vcf"_s.arg(row.id), civic::contactVCard(row));
    }
    for (const civic::DistrictRow &row : m_store.districts(m_language))
        add(u"districts/%1.html"_s.arg(row.id), pageTitle(row.name.text, m_frame.packTitle), district(row));
    for (const civic::PageRow &row : m_store.pages(m_language)) {
        if (const auto detail = m_store.page(row.id, m_language))
            add(u"pages/%1.html"_s.arg(row.id), pageTitle(detail->title.text, m_frame.packTitle), page(*detail));
    }
    return files;
}

QString LanguagePages::index() const
{
    const QString from = u"index.html"_s;
    HtmlWriter out;
    out.element(u"h1"_s, m_frame.packTitle.text, languageAttributes(m_frame.packTitle, m_language));
    const civic::LocalizedText subtitle = m_store.packText(u"subtitle"_s, m_language);
    if (!subtitle.text.isEmpty())
        out.element(u"p"_s, subtitle.text, HtmlWriter::Attributes{{u"class"_s, u"lead"_s}} + languageAttributes(subtitle, m_language));

    out.open(u"section"_s, {{u"id"_s, u"topics"_s}});
    writeHeading(out, 2, tr("HomePage", "What would you like to know?"));
    QList<Card> cards;
    for (const civic::SectionRow &row : m_store.sections(m_language))
        cards.append({u"sections/%1.html"_s.arg(row.id), media(row.icon, from), row.title, row.summary});
    writeCards(out, cards, 3, m_language);
    out.close();

    // The kiosk's home screen: the pack's featured tip, or the most important valid one instead.
    QString featured = m_store.info().featuredTip;
    if (!m_store.contains(u"tip"_s, featured)) {
        const QList<civic::TipRow> tips = m_store.tips(m_language);
        featured = tips.isEmpty() ? QString() : tips.constFirst().id;
    }
    if (const auto tip = m_store.tip(featured, m_language)) {
        out.open(u"section"_s, {{u"id"_s, u"good-to-know"_s}});
        writeHeading(out, 2, tr("HomePage", "Good to know"));
        writeCards(out, {{u"tips/%1.html"_s.arg(tip->id), media(tip->image, from), tip->title, tip->summary}}, 3, m_language);
        out.close();
    }

    out.open(u"section"_s, {{u"id"_s, u"contacts"_s}});
    writeHeading(out, 2, tr("HomePage", "Contacts"));
    for (const auto &[kind, heading] : {std::pair{u"emergency"_s, tr("ContactsPage", "Emergency")},
                                        std::pair{u"helpline"_s, tr("ContactsPage", "Helplines")},
                                        std::pair{u"office"_s, tr("ContactsPage", "Advice and offices")}}) {
        const QList<civic::ContactRow> contacts = m_store.contacts(m_language, kind);
        if (contacts.isEmpty())
            continue;
        writeHeading(out, 3, heading);
        writeContactList(out, contacts, from);
    }
    out.close();

    out.open(u"section"_s, {{u"id"_s, u"districts"_s}});
    writeHeading(out, 2, tr("SearchPage", "Districts"));
    out.open(u"ul"_s, {{u"class"_s, u"links"_s}});
    for (const civic::DistrictRow &row : m_store.districts(m_language)) {
        out.open(u"li"_s);
        out.element(u"a"_s, row.name.text, HtmlWriter::Attributes{{u"href"_s, u"districts/%1.html"_s.arg(row.id)}}
                                               + languageAttributes(row.name, m_language));
        out.close();
    }
    out.close();
    out.close();

    out.open(u"section"_s, {{u"id"_s, u"projects"_s}});
    writeHeading(out, 2, tr("HomePage", "Projects"));
    cards.clear();
    for (const civic::ProjectRow &row : m_store.projects(m_language))
        cards.append({u"projects/%1.html"_s.arg(row.id), media(row.image, from), row.title, row.summary});
    writeCards(out, cards, 3, m_language);
    out.close();

    out.open(u"section"_s, {{u"id"_s, u"about"_s}});
    writeHeading(out, 2, tr("HomePage", "About the partnership"));
    cards.clear();
    for (const civic::PageRow &row : m_store.pages(m_language))
        cards.append({u"pages/%1.html"_s.arg(row.id), QString(), row.title, row.summary});
    writeCards(out, cards, 3, m_language);
    out.close();
    return out.html();
}

QString LanguagePages::section(const civic::SectionRow &section) const
{
    const QString from = u"sections/%1.html"_s.arg(section.id);
    HtmlWriter out;
    out.element(u"h1"_s, section.title.text, languageAttributes(section.title, m_language));
    writeFallbackNote(out, {section.title, section.summary});
    writeLead(out, section.summary, m_language);
    QList<Card> cards;
    for (const civic::TipRow &row : m_store.tips(m_language, section.id))
        cards.append({u"../tips/%1.html"_s.arg(row.id), media(row.image, from), row.title, row.summary});
    if (!cards.isEmpty()) {
        writeHeading(out, 2, tr("SectionPage", "Tips"));
        writeCards(out, cards, 3, m_language);
    }
    cards.clear();
    for (const civic::ProjectRow &row : m_store.projects(m_language, section.id))
        cards.append({u"../projects/%1.html"_s.arg(row.id), media(row.image, from), row.title, row.summary});
    if (!cards.isEmpty()) {
        writeHeading(out, 2, tr("SectionPage", "Projects"));
        writeCards(out, cards, 3, m_language);
    }
    return out.html();
}

QString LanguagePages::tip(const civic::TipDetail &tip) const
{
    const QString from = u"tips/%1.html"_s.arg(tip.id);
    HtmlWriter out;
    if (!tip.image.isEmpty())
        out.empty(u"img"_s, {{u"src"_s, media(tip.image, from)}, {u"alt"_s, QString()}, {u"class"_s, u"picture"_s}});
    out.element(u"h1"_s, tip.title.text, languageAttributes(tip.title, m_language));
    writeSignLanguageLink(out, tip.signVideo, from);
    // Key points come as one list in one language; ContentStore does not say which, but the
    // importer makes them as complete as the summary, so they fell back where the summary did.
    civic::LocalizedText points;
    points.fallback = tip.keyPointsFallback;
    points.language = !points.fallback      ? m_language
                      : tip.summary.fallback ? tip.summary.language
                                             : m_store.info().defaultLanguage;
    writeFallbackNote(out, {tip.title, tip.summary, tip.body, points});
    writeLead(out, tip.summary, m_language);
    if (!tip.keyPoints.isEmpty()) {
        out.open(u"section"_s, HtmlWriter::Attributes{{u"class"_s, u"key-points"_s}});
        writeHeading(out, 2, tr("TipPage", "In short"));
        out.open(u"ul"_s, languageAttributes(points, m_language));
        for (const QString &point : tip.keyPoints)
            out.element(u"li"_s, point);
        out.close();
        out.close();
    }
    writeBody(out, tip.body, m_language);
    const QList<civic::ContactRow> contacts = m_store.contactsById(tip.contacts, m_language);
    if (!contacts.isEmpty()) {
        writeHeading(out, 2, tr("TipPage", "Whom to call"));
        writeContactList(out, contacts, from);
    }
    writeWebLink(out, tip.url);
    return out.html();
}

QString LanguagePages::project(const civic::ProjectDetail &project) const
{
    const QString from = u"projects/%1.html"_s.arg(project.id);
    HtmlWriter out;
    if (!project.images.isEmpty())
        out.empty(u"img"_s, {{u"src"_s, media(project.images.constFirst(), from)}, {u"alt"_s, QString()}, {u"class"_s, u"picture"_s}});
    out.element(u"h1"_s, project.title.text, languageAttributes(project.title, m_language));
    writeSignLanguageLink(out, project.signVideo, from);
    const civic::LocalizedText districtName = m_districtNames.value(project.district);
    if (project.year > 0 || !districtName.text.isEmpty()) {
        out.open(u"p"_s, {{u"class"_s, u"facts"_s}});
        if (project.year > 0)
            out.text(tr("ProjectPage", "Year: %1").arg(project.year));
        if (project.year > 0 && !districtName.text.isEmpty())
            out.text(u" · "_s);
        if (!districtName.text.isEmpty()) {
            writeWithPlaceholder(out, tr("ProjectPage", "District: %1"), [&] {
                out.element(u"a"_s, districtName.text, HtmlWriter::Attributes{{u"href"_s, u"../districts/%1.html"_s.arg(project.district)}}
                                                           + languageAttributes(districtName, m_language));
            });
        }
        out.close();
    }
    writeFallbackNote(out, {project.title, project.summary, project.body});
    writeLead(out, project.summary, m_language);
    writeBody(out, project.body, m_language);
    if (!project.video.isEmpty()) {
        const QString video = media(project.video, from);
        // Native controls work without JavaScript; the link inside is for browsers without video.
        out.open(u"video"_s, {{u"controls"_s, u"controls"_s}, {u"preload"_s, u"none"_s}, {u"src"_s, video},
                              {u"aria-label"_s, project.title.text}});
        out.element(u"a"_s, project.title.text, {{u"href"_s, video}});
        out.close();
    }
    for (qsizetype i = 1; i < project.images.size(); ++i)
        out.empty(u"img"_s, {{u"src"_s, media(project.images.at(i), from)}, {u"alt"_s, QString()}, {u"class"_s, u"picture"_s}});
    if (!project.partners.isEmpty()) {
        writeHeading(out, 2, tr("ProjectPage", "Partners"));
        out.open(u"ul"_s);
        for (const QString &partner : project.partners)
            out.element(u"li"_s, partner);
        out.close();
    }
    writeWebLink(out, project.url);
    return out.html();
}

QString LanguagePages::contact(const civic::ContactRow &contact) const
{
    HtmlWriter out;
    out.element(u"h1"_s, contact.name.text, languageAttributes(contact.name, m_language));
    writeFallbackNote(out, {contact.name, contact.helpsWith, contact.hours});
    writeLead(out, contact.helpsWith, m_language);
    out.open(u"ul"_s, {{u"class"_s, u"contact-details"_s}});
    if (!contact.phone.isEmpty()) {
        out.open(u"li"_s);
        writePhoneLinks(out, contact.phone);
        out.close();
    }
    if (!contact.email.isEmpty()) {
        out.open(u"li"_s);
        out.element(u"a"_s, contact.email, {{u"href"_s, u"mailto:"_s + contact.email}, {u"dir"_s, u"ltr"_s}});
        out.close();
    }
    if (!contact.address.isEmpty())
        out.element(u"li"_s, contact.address);
    if (!contact.hours.text.isEmpty())
        out.element(u"li"_s, contact.hours.text, languageAttributes(contact.hours, m_language));
    if (contact.free)
        out.element(u"li"_s, tr("ContactCard", "Free of charge"));
    if (contact.anonymous)
        out.element(u"li"_s, tr("ContactCard", "Anonymous"));
    if (const civic::LocalizedText district = m_districtNames.value(contact.district); !district.text.isEmpty()) {
        out.open(u"li"_s);
        writeWithPlaceholder(out, tr("ProjectPage", "District: %1"), [&] {
            out.element(u"a"_s, district.text, HtmlWriter::Attributes{{u"href"_s, u"../districts/%1.html"_s.arg(contact.district)}}
                                                   + languageAttributes(district, m_language));
        });
        out.close();
    }
    out.close();
    if (!contact.verified)
        out.element(u"p"_s, tr("ContactCard", "Not confirmed yet – please check before you rely on it."), {{u"class"_s, u"warning"_s}});
    out.open(u"p"_s);
    out.element(u"a"_s, tr("ContactCard", "Save on your phone"),
                {{u"href"_s, contact.id + u".vcf"_s}, {u"type"_s, u"text/vcard"_s}, {u"download"_s, contact.id + u".vcf"_s}});
    out.close();
    writeWebLink(out, contact.url);
    return out.html();
}

QString LanguagePages::district(const civic::DistrictRow &district) const
{
    const QString from = u"districts/%1.html"_s.arg(district.id);
    HtmlWriter out;
    out.open(u"h1"_s);
    writeWithPlaceholder(out, tr("DistrictPage", "In %1"), [&] {
        out.element(u"span"_s, district.name.text, languageAttributes(district.name, m_language));
    });
    out.close();
    const QList<civic::ContactRow> contacts = m_store.contacts(m_language, u"district"_s, district.id);
    if (!contacts.isEmpty()) {
        writeHeading(out, 2, tr("HomePage", "Contacts"));
        writeContactList(out, contacts, from);
    }
    QList<Card> cards;
    for (const civic::ProjectRow &row : m_store.projects(m_language, {}, district.id))
        cards.append({u"../projects/%1.html"_s.arg(row.id), media(row.image, from), row.title, row.summary});
    if (!cards.isEmpty()) {
        writeHeading(out, 2, tr("DistrictPage", "Projects"));
        writeCards(out, cards, 3, m_language);
    }
    return out.html();
}

QString LanguagePages::page(const civic::PageRow &page) const
{
    HtmlWriter out;
    out.element(u"h1"_s, page.title.text, languageAttributes(page.title, m_language));
    writeSignLanguageLink(out, page.signVideo, u"pages/%1.html"_s.arg(page.id));
    writeFallbackNote(out, {page.title, page.summary, page.body});
    writeLead(out, page.summary, m_language);
    writeBody(out, page.body, m_language);
    return out.html();
}

void LanguagePages::writeContactList(HtmlWriter &out, const QList<civic::ContactRow> &contacts, const QString &from) const
{
    const QString toLanguage = upToLanguage(from);
    out.open(u"ul"_s, {{u"class"_s, u"contacts"_s}});
    for (const civic::ContactRow &contact : contacts) {
        out.open(u"li"_s);
        out.open(u"p"_s, {{u"class"_s, u"name"_s}});
        out.element(u"a"_s, contact.name.text, HtmlWriter::Attributes{{u"href"_s, toLanguage + u"contacts/%1.html"_s.arg(contact.id)}}
                                                   + languageAttributes(contact.name, m_language));
        out.close();
        if (!contact.phone.isEmpty()) {
            out.open(u"p"_s);
            writePhoneLinks(out, contact.phone);
            out.close();
        }
        if (!contact.helpsWith.text.isEmpty())
            out.element(u"p"_s, contact.helpsWith.text, languageAttributes(contact.helpsWith, m_language));
        out.close();
    }
    out.close();
}

void LanguagePages::writeFallbackNote(HtmlWriter &out, const QList<civic::LocalizedText> &texts) const
{
    for (const civic::LocalizedText &text : texts) {
        if (text.fallback && !text.language.isEmpty() && text.language != m_language) {
            out.open(u"p"_s, {{u"class"_s, u"fallback-note"_s}});
            writeWithPlaceholder(out, tr("FallbackNote", "Not translated yet – shown in: %1"), [&] {
                out.element(u"span"_s, languageName(text.language),
                            {{u"lang"_s, text.language}, {u"dir"_s, textDirection(text.language)}});
            });
            out.close();
            return;
        }
    }
}

void LanguagePages::writeSignLanguageLink(HtmlWriter &out, const QString &video, const QString &from) const
{
    if (video.isEmpty())
        return;
    out.open(u"p"_s, {{u"class"_s, u"sign-language"_s}});
    out.element(u"a"_s, tr("SignLanguageButton", "In sign language"), {{u"href"_s, media(video, from)}});
    out.close();
}

QString LanguagePages::media(const QString &path, const QString &from) const
{
    if (path.isEmpty())
        return {};
    // Sign-language videos come from the store as absolute paths, pictures as the pack's own.
    const QString relative = QDir::isAbsolutePath(path) ? QDir(m_store.mediaRoot()).relativeFilePath(path) : path;
    return upToLanguage(from) + u"../"_s + relative;
}
