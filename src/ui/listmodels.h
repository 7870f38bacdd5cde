#pragma once

#include "cataloglistmodel.h"

#include <QTimer>

/// The action fields, for the home screen's tiles.
class SectionModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using CatalogListModel::CatalogListModel;

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;
};

/// Tips valid today, most important first; all of them or those of one action field.
class TipModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sectionId READ sectionId WRITE setSectionId NOTIFY sectionIdChanged)

public:
    using CatalogListModel::CatalogListModel;
    QString sectionId() const { return m_sectionId; }
    void setSectionId(const QString &sectionId);

signals:
    void sectionIdChanged();

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;

private:
    QString m_sectionId;
};

/// Project showcases: all, or those of one action field or one district.
class ProjectModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sectionId READ sectionId WRITE setSectionId NOTIFY filterChanged)
    Q_PROPERTY(QString districtId READ districtId WRITE setDistrictId NOTIFY filterChanged)

public:
    using CatalogListModel::CatalogListModel;
    QString sectionId() const { return m_sectionId; }
    void setSectionId(const QString &sectionId);
    QString districtId() const { return m_districtId; }
    void setDistrictId(const QString &districtId);

signals:
    void filterChanged();

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;

private:
    QString m_sectionId;
    QString m_districtId;
};

/// Contacts of one kind or one district, or, with `listedOnly`, exactly the contacts of
/// `contactIds` in that order (none for an empty list).
class ContactModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString districtId READ districtId WRITE setDistrictId NOTIFY filterChanged)
    Q_PROPERTY(bool listedOnly READ listedOnly WRITE setListedOnly NOTIFY filterChanged)
    Q_PROPERTY(QStringList contactIds READ contactIds WRITE setContactIds NOTIFY filterChanged)

public:
    using CatalogListModel::CatalogListModel;
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString districtId() const { return m_districtId; }
    void setDistrictId(const QString &districtId);
    bool listedOnly() const { return m_listedOnly; }
    void setListedOnly(bool listedOnly);
    QStringList contactIds() const { return m_contactIds; }
    void setContactIds(const QStringList &contactIds);

signals:
    void filterChanged();

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;

private:
    QString m_kind;
    QString m_districtId;
    bool m_listedOnly = false;
    QStringList m_contactIds;
};

/// The city's districts, A to Z, with the letter each starts a group of.
class DistrictModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using CatalogListModel::CatalogListModel;

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;
};

/// The information pages (about, principles, privacy notice, ...).
class PageModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    using CatalogListModel::CatalogListModel;

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;
};

/// The pack's notices valid now, urgent first: a banner on home, or, for an urgent one, the home
/// screen itself. Read again when one starts or ends.
class NoticeModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasUrgent READ hasUrgent NOTIFY countChanged)

public:
    explicit NoticeModel(QObject *parent = nullptr);
    bool hasUrgent() const;

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;

private:
    void scheduleNextChange(const Catalog &catalog) const;

    mutable QTimer m_change;
};
