#pragma once

#include "contentstore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTranslator>

/// The kiosk's own words (headings, notes, button labels) in one language, from the kiosk's
/// translations (i18n/, built into civic-pack at :/i18n): a web page says "Notruf" where the
/// kiosk says it. A language without a translation gets the English source text, as on the kiosk.
class SiteStrings
{
public:
    explicit SiteStrings(const QString &language);

    /// The translation of `source` in the kiosk's `context` (the QML file that shows it).
    QString get(const char *context, const char *source) const;

private:
    QTranslator m_translator;
};

/// What every page of one language shares: the header with the language switcher and the
/// emergency numbers, the site navigation and the footer.
struct SiteFrame {
    QString language;
    QStringList languages;
    civic::LocalizedText packTitle;
    QString emblem;  ///< media path, may be empty
    QString version;
    QList<civic::ContactRow> emergency;
    const SiteStrings *strings = nullptr;
};

/// The path from a page at `path` (relative to its language folder, "tips/x.html") back to
/// the language folder: "../" once per folder.
QString upToLanguage(const QString &path);

/// A whole page: `main` (HTML) framed by the header, navigation and footer of `frame`.
QString framePage(const SiteFrame &frame, const QString &path, const QString &title, const QString &main);

/// The site's front door, index.html above the language folders: every language by its own name.
QByteArray languageChooser(const civic::ContentStore &store);
