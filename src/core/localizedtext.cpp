#include "localizedtext.h"

namespace civic {

QStringList fallbackChain(const QString &language, const QString &defaultLanguage)
{
    QStringList chain{language};
    // A private-use variant (de-x-ls) or a regional one (de-AT) reads its base language best.
    const qsizetype dash = language.indexOf(u'-');
    if (dash > 0)
        chain.append(language.left(dash));
    if (!chain.contains(defaultLanguage))
        chain.append(defaultLanguage);
    return chain;
}

LocalizedText pickText(const TextMap &candidates, const QString &language,
                       const QString &defaultLanguage)
{
    if (const auto neutral = candidates.constFind(QString()); neutral != candidates.cend())
        return {*neutral, QString(), false};
    for (const QString &tag : fallbackChain(language, defaultLanguage)) {
        if (const auto it = candidates.constFind(tag); it != candidates.cend())
            return {*it, tag, tag != language};
    }
    return {};
}

} // namespace civic
