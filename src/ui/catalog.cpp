#include "catalog.h"

#include "contentstore.h"

#include <QDir>
#include <QHash>
#include <QLocale>

Catalog::Catalog(civic::ContentStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_language = defaultLanguage();
}

bool Catalog::isAvailable() const
{
    return m_store->isOpen();
}

void Catalog::setLanguage(const QString &language)
{
    if (language == m_language || !hasLanguage(language))
        return;
    m_language = language;
    emit languageChanged();
    emit textsChanged();
}

QString Catalog::defaultLanguage() const
{
    const QString language = m_store->info().defaultLanguage;
    return language.isEmpty() ? QStringLiteral("de") : language;
}

bool Catalog::isRightToLeft() const
{
    return isRightToLeftLanguage(m_language);
}

bool Catalog::isRightToLeftLanguage(const QString &language)
{
    return QLocale(language).textDirection() == Qt::RightToLeft;
}

QString Catalog::nativeName(const QString &language)
{
    // Leichte Sprache is a variant, not a locale; a bare "en" would read "American English".
    if (language == QLatin1String("de-x-ls"))
        return QStringLiteral("Leichte Sprache");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    // Ukrainian's own name is written in lower case; a menu entry starts with a capital.
    const QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    return name.at(0).toUpper() + name.mid(1);
}

QVariantList Catalog::languages() const
{
    QVariantList result;
    for (const QString &tag : m_store->info().languages) {
        result.append(QVariantMap{{QStringLiteral("tag"), tag},
                                  {QStringLiteral("name"), nativeName(tag)},
                                  {QStringLiteral("rightToLeft"), isRightToLeftLanguage(tag)}});
    }
    return result;
}

QString Catalog::title() const
{
    return m_store->packText(QStringLiteral("title"), m_language).text;
}

QString Catalog::subtitle() const
{
    return m_store->packText(QStringLiteral("subtitle"), m_language).text;
}

QUrl Catalog::emblemUrl() const
{
    return mediaUrl(m_store->info().emblem);
}

QString Catalog::featuredTipId() const
{
    // The pack's choice, unless it is outside its validity window today: then the most
    // important tip that is valid.
    const QString chosen = m_store->info().featuredTip;
    if (m_store->contains(QStringLiteral("tip"), chosen))
        return chosen;
    const auto tips = m_store->tips(m_store->info().defaultLanguage);
    return tips.isEmpty() ? QString() : tips.constFirst().id;
}

QVariantList Catalog::emergencyNumbers() const
{
    QVariantList result;
    for (const civic::ContactRow &contact : m_store->contactsById(m_store->info().emergency, m_language)) {
        result.append(QVariantMap{{QStringLiteral("id"), contact.id},
                                  {QStringLiteral("name"), contact.name.text},
                                  {QStringLiteral("phone"), contact.phone}});
    }
    return result;
}

QString Catalog::packVersion() const
{
    return m_store->info().version;
}

QString Catalog::homeDistrictId() const
{
    return !m_homeDistrict.isEmpty() && m_store->contains(QStringLiteral("district"), m_homeDistrict) ? m_homeDistrict : QString();
}

bool Catalog::hasLanguage(const QString &language) const
{
    return m_store->info().languages.contains(language);
}

bool Catalog::contains(const QString &kind, const QString &id) const
{
    return m_store->contains(kind, id);
}

QUrl Catalog::mediaUrl(const QString &path) const
{
    if (path.isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir(m_store->mediaRoot()).filePath(path));
}

void Catalog::resetLanguage()
{
    setLanguage(defaultLanguage());
}

void Catalog::reload()
{
    const bool languageMoved = m_language != defaultLanguage();
    m_language = defaultLanguage();
    emit contentChanged();
    if (languageMoved)
        emit languageChanged();
    emit textsChanged();  // once, however much changed
}

QString Catalog::keyboardLocaleFor(const QString &language)
{
    // Qt Virtual Keyboard names its layouts by locale; a few differ from QLocale's own choice.
    const QString base = language.section(u'-', 0, 0);
    static const QHash<QString, QString> layouts{
        {QStringLiteral("ar"), QStringLiteral("ar_AR")},
        {QStringLiteral("en"), QStringLiteral("en_GB")},
        {QStringLiteral("fa"), QStringLiteral("fa_FA")},
    };
    if (layouts.contains(base))
        return layouts.value(base);
    const QLocale locale(base);
    return locale.language() == QLocale::C ? QStringLiteral("en_GB") : locale.name();
}
