#include "listmodels.h"

#include "contentstore.h"
#include "vcard.h"

#include <QCollator>

#include <algorithm>

namespace {

template<typename Value, typename Signal, typename Model>
bool setFilter(Value &member, const Value &value, Model *model, Signal changed)
{
    if (member == value)
        return false;
    member = value;
    emit(model->*changed)();
    return true;
}

} // namespace

QList<QByteArray> SectionModel::roles() const
{
    return {"sectionId", "title", "summary", "iconUrl", "fallback"};
}

QList<QVariantList> SectionModel::readRows(const Catalog &catalog) const
{
    QList<QVariantList> rows;
    for (const civic::SectionRow &s : catalog.store().sections(catalog.language()))
        rows.append({s.id, s.title.text, s.summary.text, catalog.mediaUrl(s.icon),
                     s.title.fallback || s.summary.fallback});
    return rows;
}

void TipModel::setSectionId(const QString &sectionId)
{
    if (setFilter(m_sectionId, sectionId, this, &TipModel::sectionIdChanged))
        reload();
}

QList<QByteArray> TipModel::roles() const
{
    return {"tipId", "title", "summary", "imageUrl", "fallback"};
}

QList<QVariantList> TipModel::readRows(const Catalog &catalog) const
{
    QList<QVariantList> rows;
    for (const civic::TipRow &t : catalog.store().tips(catalog.language(), m_sectionId))
        rows.append({t.id, t.title.text, t.summary.text, catalog.mediaUrl(t.image),
                     t.title.fallback || t.summary.fallback});
    return rows;
}

void ProjectModel::setSectionId(const QString &sectionId)
{
    if (setFilter(m_sectionId, sectionId, this, &ProjectModel::filterChanged))
        reload();
}

void ProjectModel::setDistrictId(const QString &districtId)
{
    if (setFilter(m_districtId, districtId, this, &ProjectModel::filterChanged))
        reload();
}

QList<QByteArray> ProjectModel::roles() const
{
    return {"projectId", "title", "summary", "imageUrl", "year", "fallback"};
}

QList<QVariantList> ProjectModel::readRows(const Catalog &catalog) const
{
    QList<QVariantList> rows;
    for (const civic::ProjectRow &p : catalog.store().projects(catalog.language(), m_sectionId, m_districtId))
        rows.append({p.id, p.title.text, p.summary.text, catalog.mediaUrl(p.image), p.year,
                     p.title.fallback || p.summary.fallback});
    return rows;
}

void ContactModel::setKind(const QString &kind)
{
    if (setFilter(m_kind, kind, this, &ContactModel::filterChanged))
        reload();
}

void ContactModel::setDistrictId(const QString &districtId)
{
    if (setFilter(m_districtId, districtId, this, &ContactModel::filterChanged))
        reload();
}

void ContactModel::setListedOnly(bool listedOnly)
{
    if (setFilter(m_listedOnly, listedOnly, this, &ContactModel::filterChanged))
        reload();
}

void ContactModel::setContactIds(const QStringList &contactIds)
{
    if (setFilter(m_contactIds, contactIds, this, &ContactModel::filterChanged))
        reload();
}

QList<QByteArray> ContactModel::roles() const
{
    return {"contactId", "kind", "name", "helpsWith", "phone", "email", "address", "hours",
            "free", "anonymous", "verified", "fallback", "vcard"};
}

QList<QVariantList> ContactModel::readRows(const Catalog &catalog) const
{
    const civic::ContentStore &store = catalog.store();
    const QList<civic::ContactRow> contacts = m_listedOnly ? store.contactsById(m_contactIds, catalog.language())
                                                           : store.contacts(catalog.language(), m_kind, m_districtId);
    QList<QVariantList> rows;
    for (const civic::ContactRow &c : contacts)
        rows.append({c.id, c.kind, c.name.text, c.helpsWith.text, c.phone, c.email, c.address,
                     c.hours.text, c.free, c.anonymous, c.verified,
                     c.name.fallback || c.helpsWith.fallback || c.hours.fallback,
                     QString::fromUtf8(civic::contactVCard(c))});
    return rows;
}

QList<QByteArray> DistrictModel::roles() const
{
    return {"districtId", "name", "area", "initial"};
}

QList<QVariantList> DistrictModel::readRows(const Catalog &catalog) const
{
    QList<civic::DistrictRow> districts = catalog.store().districts(catalog.language());
    // A to Z in the visitor's language: "Möhringen" sorts with M in German and in English.
    QCollator collator{QLocale(catalog.language())};
    std::stable_sort(districts.begin(), districts.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.name.text, b.name.text) < 0;
    });
    QList<QVariantList> rows;
    for (const civic::DistrictRow &district : districts) {
        const QString initial = district.name.text.left(1).normalized(QString::NormalizationForm_D).left(1).toUpper();
        rows.append({district.id, district.name.text, district.area, initial});
    }
    return rows;
}

QList<QByteArray> PageModel::roles() const
{
    return {"pageId", "title", "summary", "fallback"};
}

QList<QVariantList> PageModel::readRows(const Catalog &catalog) const
{
    QList<QVariantList> rows;
    for (const civic::PageRow &p : catalog.store().pages(catalog.language()))
        rows.append({p.id, p.title.text, p.summary.text, p.title.fallback});
    return rows;
}

NoticeModel::NoticeModel(QObject *parent) : CatalogListModel(parent)
{
    m_change.setSingleShot(true);
    connect(&m_change, &QTimer::timeout, this, &NoticeModel::reload);
}

bool NoticeModel::hasUrgent() const
{
    return count() > 0 && data(index(0), Qt::UserRole + 1).toString() == QLatin1String("urgent");
}

QList<QByteArray> NoticeModel::roles() const
{
    return {"noticeId", "level", "title", "text", "contactIds", "fallback"};
}

QList<QVariantList> NoticeModel::readRows(const Catalog &catalog) const
{
    const civic::ContentStore &store = catalog.store();
    QList<QVariantList> rows;
    for (const civic::NoticeRow &n : store.notices(catalog.language(), store.now()))
        rows.append({n.id, n.level, n.title.text, n.text.text, n.contacts, n.title.fallback || n.text.fallback});
    scheduleNextChange(catalog);
    return rows;
}

void NoticeModel::scheduleNextChange(const Catalog &catalog) const
{
    // Looked at again when the next notice starts or ends, and at least hourly: a timer cannot
    // wait weeks, and the clock may have been set meanwhile.
    const civic::ContentStore &store = catalog.store();
    const QDateTime now = store.now();
    const QDateTime next = store.nextNoticeChange(now);
    constexpr qint64 kHourMs = 3600 * 1000;
    const qint64 ms = next.isValid() ? std::clamp<qint64>(now.msecsTo(next) + 1000, 1000, kHourMs) : kHourMs;
    m_change.start(static_cast<int>(ms));
}
