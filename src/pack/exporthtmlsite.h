#pragma once

#include "contentstore.h"
#include "exporthtmlpage.h"
#include "exporthtmlwriter.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

/// The pages of one language of the web export, read from the content store as the kiosk reads
/// it: the same texts, the same fallbacks to the pack's default language, the same items valid
/// on the store's day. One page per section, tip, project, contact, district and information
/// page, and an index of them all.
class LanguagePages
{
public:
    LanguagePages(const civic::ContentStore &store, const QString &language);

    /// Every file of the language, by path inside its folder ("index.html", "tips/ID.html").
    QMap<QString, QByteArray> files() const;

private:
    QString index() const;
    QString section(const civic::SectionRow &section) const;
    QString tip(const civic::TipDetail &tip) const;
    QString project(const civic::ProjectDetail &project) const;
    QString contact(const civic::ContactRow &contact) const;
    QString district(const civic::DistrictRow &district) const;
    QString page(const civic::PageRow &page) const;

    void writeContactList(HtmlWriter &out, const QList<civic::ContactRow> &contacts, const QString &from) const;
    void writeFallbackNote(HtmlWriter &out, const QList<civic::LocalizedText> &texts) const;
    void writeSignLanguageLink(HtmlWriter &out, const QString &video, const QString &from) const;
    /// The path of a media file of the pack as seen from the page at `from`.
    QString media(const QString &path, const QString &from) const;
    QString tr(const char *context, const char *source) const { return m_strings.get(context, source); }

    const civic::ContentStore &m_store;
    QString m_language;
    SiteStrings m_strings;
    SiteFrame m_frame;
    QHash<QString, civic::LocalizedText> m_districtNames;
};
