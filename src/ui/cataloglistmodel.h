#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include "catalog.h"

/// Base of the list models: rows read from the catalog's store in the current language, read
/// again whenever the language, the content or a filter changes. A subclass names its roles and
/// reads its rows; row values are in role order.
class CatalogListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(Catalog *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    Catalog *catalog() const { return m_catalog; }
    void setCatalog(Catalog *catalog);
    int count() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Created from QML, a model reads its rows once all its properties are set, not once per
    // property: a contact list filtered by district never loads every contact first.
    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void catalogChanged();
    void countChanged();

protected:
    /// The role names, in the order of the values of each row.
    virtual QList<QByteArray> roles() const = 0;
    /// The rows for the catalog's current language.
    virtual QList<QVariantList> readRows(const Catalog &catalog) const = 0;
    /// Reads the rows again; subclasses call it when a filter changes.
    void reload();

private:
    QPointer<Catalog> m_catalog;
    QList<QVariantList> m_rows;
    bool m_complete = true;
};
