#include "itemdetails.h"

#include "contentstore.h"

void ItemDetails::setCatalog(Catalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::textsChanged, this, &ItemDetails::reload);
    emit catalogChanged();
    reload();
}

void ItemDetails::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    emit kindChanged();
    reload();
}

void ItemDetails::setItemId(const QString &itemId)
{
    if (m_itemId == itemId)
        return;
    m_itemId = itemId;
    emit itemIdChanged();
    reload();
}

void ItemDetails::clear()
{
    m_found = false;
    m_title.clear();
    m_summary.clear();
    m_body.clear();
    m_fallback = false;
    m_imageUrl.clear();
    m_keyPoints.clear();
    m_contactIds.clear();
    m_partners.clear();
    m_year = 0;
    m_webAddress.clear();
    m_signVideoUrl.clear();
    m_districtId.clear();
    m_districtName.clear();
}

void ItemDetails::reload()
{
    if (!m_complete)
        return;
    clear();
    if (m_catalog && !m_itemId.isEmpty()) {
        switch (m_kind) {
        case Kind::Section:
            readSection(*m_catalog);
            break;
        case Kind::Tip:
            readTip(*m_catalog);
            break;
        case Kind::Project:
            readProject(*m_catalog);
            break;
        case Kind::Page:
            readPage(*m_catalog);
            break;
        case Kind::District:
            readDistrict(*m_catalog);
            break;
        }
    }
    emit changed();
}

QString ItemDetails::signVideo(const QString &path)
{
    return path.isEmpty() ? QString() : QUrl::fromLocalFile(path).toString();
}

void ItemDetails::readSection(const Catalog &catalog)
{
    for (const civic::SectionRow &section : catalog.store().sections(catalog.language())) {
        if (section.id != m_itemId)
            continue;
        m_found = true;
        m_title = section.title.text;
        m_summary = section.summary.text;
        m_imageUrl = catalog.mediaUrl(section.icon);
        m_fallback = section.title.fallback || section.summary.fallback;
    }
}

void ItemDetails::readTip(const Catalog &catalog)
{
    const auto tip = catalog.store().tip(m_itemId, catalog.language());
    if (!tip)
        return;
    m_found = true;
    m_title = tip->title.text;
    m_summary = tip->summary.text;
    m_body = tip->body.text;
    m_imageUrl = catalog.mediaUrl(tip->image);
    m_keyPoints = tip->keyPoints;
    m_contactIds = tip->contacts;
    m_webAddress = tip->url;
    m_signVideoUrl = signVideo(tip->signVideo);
    m_fallback = tip->title.fallback || tip->summary.fallback || tip->body.fallback || tip->keyPointsFallback;
}

void ItemDetails::readProject(const Catalog &catalog)
{
    const auto project = catalog.store().project(m_itemId, catalog.language());
    if (!project)
        return;
    m_found = true;
    m_title = project->title.text;
    m_summary = project->summary.text;
    m_body = project->body.text;
    m_imageUrl = catalog.mediaUrl(project->image);
    m_partners = project->partners;
    m_year = project->year;
    m_webAddress = project->url;
    m_signVideoUrl = signVideo(project->signVideo);
    m_districtId = project->district;
    m_fallback = project->title.fallback || project->summary.fallback || project->body.fallback;
    for (const civic::DistrictRow &district : catalog.store().districts(catalog.language())) {
        if (district.id == m_districtId)
            m_districtName = district.name.text;
    }
}

void ItemDetails::readPage(const Catalog &catalog)
{
    const auto page = catalog.store().page(m_itemId, catalog.language());
    if (!page)
        return;
    m_found = true;
    m_signVideoUrl = signVideo(page->signVideo);
    m_title = page->title.text;
    m_summary = page->summary.text;
    m_body = page->body.text;
    m_fallback = page->title.fallback || page->body.fallback;
}

void ItemDetails::readDistrict(const Catalog &catalog)
{
    for (const civic::DistrictRow &district : catalog.store().districts(catalog.language())) {
        if (district.id != m_itemId)
            continue;
        m_found = true;
        m_title = district.name.text;
        m_districtId = district.id;
        m_districtName = district.name.text;
    }
}
