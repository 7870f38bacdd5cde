#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace civic {

/// A visible text in every language it was written in; the key "" marks a language-neutral text
/// (a name, a number) that is shown as it is in every language.
using TextMap = QMap<QString, QString>;

/// The text chosen for one language, and whether it had to fall back to another one.
struct LocalizedText {
    QString text;
    QString language;
    bool fallback = false;
};

/// Languages to try, best first, for a visitor who reads `language`: the language itself, the
/// language it is a variant of (de-x-ls is a variant of de), then the pack's default.
QStringList fallbackChain(const QString &language, const QString &defaultLanguage);

/// Picks the best text for `language` from `candidates` (language tag to text).
LocalizedText pickText(const TextMap &candidates, const QString &language,
                       const QString &defaultLanguage);

} // namespace civic
