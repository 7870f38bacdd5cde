// Checks across files: every reference names something that exists, and IDs are unique.
#include "packreader.h"

#include <QSet>

namespace civic {

namespace {

template<typename Item>
QSet<QString> collectIds(ReadContext &context, const QList<Item> &items, const QString &kind)
{
    QSet<QString> ids;
    for (const Item &item : items) {
        if (item.id.isEmpty())
            continue;
        if (ids.contains(item.id))
            context.error(kind, QStringLiteral("id"), QStringLiteral("'%1' is used twice").arg(item.id));
        ids.insert(item.id);
    }
    return ids;
}

void checkRefs(ReadContext &context, const QString &file, const QString &field,
               const QStringList &refs, const QSet<QString> &known, const char *what)
{
    // A broken sections.json already has its own error; every tip need not repeat it.
    static const QHash<QString, QString> sources{{QStringLiteral("section"), QStringLiteral("sections.json")},
                                                 {QStringLiteral("contact"), QStringLiteral("contacts.json")},
                                                 {QStringLiteral("district"), QStringLiteral("districts.json")}};
    if (context.unreadable.contains(sources.value(QLatin1String(what))))
        return;
    for (const QString &ref : refs) {
        if (!ref.isEmpty() && !known.contains(ref))
            context.error(file, field,
                          QStringLiteral("unknown %1 '%2'").arg(QLatin1String(what), ref));
    }
}

} // namespace

void PackReader::checkReferences(const PackContent &pack)
{
    ReadContext &c = m_context;
    const QSet<QString> sections = collectIds(c, pack.sections, QStringLiteral("sections.json"));
    const QSet<QString> districts = collectIds(c, pack.districts, QStringLiteral("districts.json"));
    const QSet<QString> contacts = collectIds(c, pack.contacts, QStringLiteral("contacts.json"));
    const QSet<QString> tips = collectIds(c, pack.tips, QStringLiteral("tips"));
    collectIds(c, pack.projects, QStringLiteral("projects"));
    collectIds(c, pack.pages, QStringLiteral("pages"));

    for (const Tip &tip : pack.tips) {
        const QString file = QStringLiteral("tips/%1.json").arg(tip.id);
        checkRefs(c, file, QStringLiteral("sections"), tip.sections, sections, "section");
        checkRefs(c, file, QStringLiteral("contacts"), tip.contacts, contacts, "contact");
        checkRefs(c, file, QStringLiteral("districts"), tip.districts, districts, "district");
    }
    for (const Project &project : pack.projects) {
        const QString file = QStringLiteral("projects/%1.json").arg(project.id);
        checkRefs(c, file, QStringLiteral("sections"), project.sections, sections, "section");
        checkRefs(c, file, QStringLiteral("district"), {project.district}, districts, "district");
    }
    for (qsizetype i = 0; i < pack.contacts.size(); ++i) {
        checkRefs(c, QStringLiteral("contacts.json"), QStringLiteral("items[%1].district").arg(i),
                  {pack.contacts.at(i).district}, districts, "district");
    }

    const QString meta = QStringLiteral("pack.json");
    if (!pack.meta.featuredTip.isEmpty())
        checkRefs(c, meta, QStringLiteral("featuredTip"), {pack.meta.featuredTip}, tips, "tip");
    for (const QString &id : pack.meta.emergency) {
        const auto it = std::find_if(pack.contacts.cbegin(), pack.contacts.cend(),
                                     [&](const Contact &contact) { return contact.id == id; });
        if (it == pack.contacts.cend())
            c.error(meta, QStringLiteral("emergency"), QStringLiteral("unknown contact '%1'").arg(id));
        else if (it->kind != QLatin1String("emergency") || it->phone.isEmpty())
            c.error(meta, QStringLiteral("emergency"),
                    QStringLiteral("'%1' must be a contact of kind emergency with a phone number").arg(id));
    }
    if (pack.sections.isEmpty() && !hasErrors(c.issues))
        c.error(QStringLiteral("sections.json"), {}, QStringLiteral("a pack needs at least one section"));

    // A declared language that no text is written in would only show fallbacks everywhere.
    for (const QString &language : pack.meta.languages) {
        const auto coverage = c.coverage.value(language);
        if (coverage.total > 0 && coverage.covered == 0)
            c.error(meta, QStringLiteral("languages"),
                    QStringLiteral("'%1' is declared but no text is written in it").arg(language));
    }
}

} // namespace civic
