#include "searchmodel.h"

#include "contentstore.h"

#include <algorithm>

void SearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    reload();
}

QList<QByteArray> SearchModel::roles() const
{
    return {"kind", "itemId", "route", "title", "detail", "firstOfGroup"};
}

QList<QVariantList> SearchModel::readRows(const Catalog &catalog) const
{
    QList<civic::SearchHit> hits = catalog.store().search(m_query, catalog.language());
    // Hits arrive best first; a group's place is that of its best hit.
    QStringList groupOrder;
    for (const civic::SearchHit &hit : std::as_const(hits)) {
        if (!groupOrder.contains(hit.kind))
            groupOrder.append(hit.kind);
    }
    std::stable_sort(hits.begin(), hits.end(), [&groupOrder](const civic::SearchHit &a, const civic::SearchHit &b) {
        return groupOrder.indexOf(a.kind) < groupOrder.indexOf(b.kind);
    });
    QList<QVariantList> rows;
    rows.reserve(hits.size());
    QString previousKind;
    for (const civic::SearchHit &hit : std::as_const(hits)) {
        rows.append({hit.kind, hit.id, QString(hit.kind + u'/' + hit.id), hit.title, hit.detail,
                     hit.kind != previousKind});
        previousKind = hit.kind;
    }
    return rows;
}
