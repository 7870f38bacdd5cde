#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace civic {
class ContentStore;
}

/// The open pack as the screens see it: texts in the visitor's current language, the language
/// picker's choices, and the emergency numbers. Owns no content itself; reads the store.
class Catalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the catalog")

    Q_PROPERTY(bool available READ isAvailable NOTIFY contentChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage NOTIFY contentChanged)
    Q_PROPERTY(QString defaultLanguageName READ defaultLanguageName NOTIFY contentChanged)
    Q_PROPERTY(bool rightToLeft READ isRightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY contentChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY textsChanged)
    Q_PROPERTY(QString featuredTipId READ featuredTipId NOTIFY contentChanged)
    Q_PROPERTY(QUrl emblemUrl READ emblemUrl NOTIFY contentChanged)
    Q_PROPERTY(QVariantList emergencyNumbers READ emergencyNumbers NOTIFY textsChanged)
    Q_PROPERTY(QString packVersion READ packVersion NOTIFY contentChanged)
    Q_PROPERTY(QString keyboardLocale READ keyboardLocale NOTIFY languageChanged)
    Q_PROPERTY(QString homeDistrictId READ homeDistrictId NOTIFY contentChanged)

public:
    explicit Catalog(civic::ContentStore *store, QObject *parent = nullptr);

    const civic::ContentStore &store() const { return *m_store; }
    bool isAvailable() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString defaultLanguage() const;
    QString defaultLanguageName() const { return nativeName(defaultLanguage()); }
    bool isRightToLeft() const;
    QVariantList languages() const;
    QString title() const;
    QString subtitle() const;
    QString featuredTipId() const;
    QUrl emblemUrl() const;
    QVariantList emergencyNumbers() const;
    QString packVersion() const;
    /// The on-screen keyboard's layout for the current language ("de_DE", "ar_AR", ...).
    QString keyboardLocale() const { return keyboardLocaleFor(m_language); }
    /// The district the kiosk stands in, when the config names one the pack knows.
    QString homeDistrictId() const;
    void setHomeDistrict(const QString &districtId) { m_homeDistrict = districtId; }

    /// Whether the pack offers `language`.
    Q_INVOKABLE bool hasLanguage(const QString &language) const;
    /// Whether an item of `kind` (section, tip, project, contact, district, page) exists.
    Q_INVOKABLE bool contains(const QString &kind, const QString &id) const;
    /// A file URL for a media path of the pack (empty for an empty path).
    Q_INVOKABLE QUrl mediaUrl(const QString &path) const;
    /// The language's own name for itself, as the language picker shows it.
    Q_INVOKABLE QString languageName(const QString &language) const { return nativeName(language); }
    /// Back to the pack's default language, as for a new visitor.
    Q_INVOKABLE void resetLanguage();
    /// The store has opened another pack: start over in its default language.
    void reload();

    static QString nativeName(const QString &language);
    static bool isRightToLeftLanguage(const QString &language);
    static QString keyboardLocaleFor(const QString &language);

signals:
    void languageChanged();
    void contentChanged();
    /// Every text of the catalog may read differently: the language or the content changed.
    void textsChanged();

private:
    civic::ContentStore *m_store;
    QString m_language;
    QString m_homeDistrict;
};
