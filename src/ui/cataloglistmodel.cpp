#include "cataloglistmodel.h"

void CatalogListModel::setCatalog(Catalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::textsChanged, this, &CatalogListModel::reload);
    reload();
    emit catalogChanged();
}

int CatalogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CatalogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - Qt::UserRole;
    const QVariantList &row = m_rows.at(index.row());
    return column >= 0 && column < row.size() ? row.at(column) : QVariant();
}

QHash<int, QByteArray> CatalogListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    const QList<QByteArray> list = roles();
    for (qsizetype i = 0; i < list.size(); ++i)
        names.insert(Qt::UserRole + static_cast<int>(i), list.at(i));
    return names;
}

void CatalogListModel::componentComplete()
{
    m_complete = true;
    reload();
}

void CatalogListModel::reload()
{
    if (!m_complete)
        return;
    const int before = count();
    beginResetModel();
    m_rows = m_catalog ? readRows(*m_catalog) : QList<QVariantList>();
    endResetModel();
    if (count() != before)
        emit countChanged();
}
