#pragma once

#include "cataloglistmodel.h"

/// What a visitor's search finds in the current language: tips, projects, contacts, districts
/// and pages whose texts hold every typed word as a prefix. Rows come grouped by kind, the group
/// with the best match first, and ranked within each group.
class SearchModel : public CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    using CatalogListModel::CatalogListModel;
    QString query() const { return m_query; }
    void setQuery(const QString &query);

signals:
    void queryChanged();

protected:
    QList<QByteArray> roles() const override;
    QList<QVariantList> readRows(const Catalog &catalog) const override;

private:
    QString m_query;
};
