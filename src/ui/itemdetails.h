#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

#include "catalog.h"

/// One section, tip, project, page or district in the current language, for its detail page.
/// Fields an item kind does not have stay empty.
class ItemDetails : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(Catalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY itemIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString body READ body NOTIFY changed)
    Q_PROPERTY(bool fallback READ fallback NOTIFY changed)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY changed)
    Q_PROPERTY(QStringList keyPoints READ keyPoints NOTIFY changed)
    Q_PROPERTY(QStringList contactIds READ contactIds NOTIFY changed)
    Q_PROPERTY(QStringList partners READ partners NOTIFY changed)
    Q_PROPERTY(int year READ year NOTIFY changed)
    Q_PROPERTY(QString webAddress READ webAddress NOTIFY changed)
    Q_PROPERTY(QString signVideoUrl READ signVideoUrl NOTIFY changed)
    Q_PROPERTY(QString districtId READ districtId NOTIFY changed)
    Q_PROPERTY(QString districtName READ districtName NOTIFY changed)

public:
    enum class Kind { Section, Tip, Project, Page, District };
    Q_ENUM(Kind)

    using QObject::QObject;

    // From QML, the item is read once its catalog, kind and ID are all set.
    void classBegin() override { m_complete = false; }
    void componentComplete() override
    {
        m_complete = true;
        reload();
    }

    Catalog *catalog() const { return m_catalog; }
    void setCatalog(Catalog *catalog);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString itemId() const { return m_itemId; }
    void setItemId(const QString &itemId);

    bool found() const { return m_found; }
    QString title() const { return m_title; }
    QString summary() const { return m_summary; }
    QString body() const { return m_body; }
    bool fallback() const { return m_fallback; }
    QUrl imageUrl() const { return m_imageUrl; }
    QStringList keyPoints() const { return m_keyPoints; }
    QStringList contactIds() const { return m_contactIds; }
    QStringList partners() const { return m_partners; }
    int year() const { return m_year; }
    /// Where the item lives on the web (tips and projects), for the take-away QR code.
    QString webAddress() const { return m_webAddress; }
    /// The item in sign language (tips, projects, pages), or empty.
    QString signVideoUrl() const { return m_signVideoUrl; }
    QString districtId() const { return m_districtId; }
    QString districtName() const { return m_districtName; }

signals:
    void catalogChanged();
    void kindChanged();
    void itemIdChanged();
    void changed();

private:
    void reload();
    void clear();
    static QString signVideo(const QString &path);
    void readSection(const Catalog &catalog);
    void readTip(const Catalog &catalog);
    void readProject(const Catalog &catalog);
    void readPage(const Catalog &catalog);
    void readDistrict(const Catalog &catalog);

    QPointer<Catalog> m_catalog;
    bool m_complete = true;
    Kind m_kind = Kind::Tip;
    QString m_itemId;

    bool m_found = false;
    QString m_title;
    QString m_summary;
    QString m_body;
    bool m_fallback = false;
    QUrl m_imageUrl;
    QStringList m_keyPoints;
    QStringList m_contactIds;
    QStringList m_partners;
    int m_year = 0;
    QString m_webAddress;
    QString m_signVideoUrl;
    QString m_districtId;
    QString m_districtName;
};
