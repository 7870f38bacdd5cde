// Checks across files: every reference names something that exists, and IDs are unique.
#include "packreader.h"

#include <QSet>

namespace civic {

namespace {

template<typename Item>
QSet<QString> collectIds(ReadContext &context, const QList<Item> &items)
{
    QHash<QString, Origin> seen;
    for (const Item &item : items) {
        if (item.id.isEmpty())
            continue;
        if (const auto first = seen.constFind(item.id); first != seen.cend())
            context.error(item.origin.file, item.origin.field(QStringLiteral("id")),
                          QStringLiteral("'%1' is used twice (first in %2)")
                              .arg(item.id, first->path.isEmpty() ? first->file : first->file + u' ' + first->path));
        else
            seen.insert(item.id, item.origin);
    }
    const QList<QString> ids = seen.keys();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

void checkRefs(ReadContext &context, const Origin &origin, const QString &field,
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
            context.error(origin.file, origin.field(field),
                          QStringLiteral("unknown %1 '%2'").arg(QLatin1String(what), ref));
    }
}

} // namespace

void PackReader::checkReferences(const PackContent &pack)
{
    ReadContext &c = m_context;
    const QSet<QString> sections = collectIds(c, pack.sections);
    const QSet<QString> districts = collectIds(c, pack.districts);
    const QSet<QString> contacts = collectIds(c, pack.contacts);
    const QSet<QString> tips = collectIds(c, pack.tips);
    collectIds(c, pack.projects);
    collectIds(c, pack.pages);
    collectIds(c, pack.notices);

    for (const Tip &tip : pack.tips) {
        checkRefs(c, tip.origin, QStringLiteral("sections"), tip.sections, sections, "section");
        checkRefs(c, tip.origin, QStringLiteral("contacts"), tip.contacts, contacts, "contact");
        checkRefs(c, tip.origin, QStringLiteral("districts"), tip.districts, districts, "district");
    }
    for (const Project &project : pack.projects) {
        checkRefs(c, project.origin, QStringLiteral("sections"), project.sections, sections, "section");
        checkRefs(c, project.origin, QStringLiteral("district"), {project.district}, districts, "district");
    }
    for (const Contact &contact : pack.contacts)
        checkRefs(c, contact.origin, QStringLiteral("district"), {contact.district}, districts, "district");
    for (const Notice &notice : pack.notices)
        checkRefs(c, notice.origin, QStringLiteral("contacts"), notice.contacts, contacts, "contact");

    const QString meta = QStringLiteral("pack.json");
    checkRefs(c, {meta, {}}, QStringLiteral("featuredTip"), {pack.meta.featuredTip}, tips, "tip");
    for (qsizetype i = 0; i < pack.attract.size(); ++i)
        checkRefs(c, {meta, QStringLiteral("attract[%1]").arg(i)}, QStringLiteral("tip"), {pack.attract.at(i).tipId},
                  tips, "tip");
    for (const QString &id : pack.meta.emergency) {
        const auto it = std::find_if(pack.contacts.cbegin(), pack.contacts.cend(),
                                     [&](const Contact &contact) { return contact.id == id; });
        if (it == pack.contacts.cend())
            c.error(meta, QStringLiteral("emergency"), QStringLiteral("unknown contact '%1'").arg(id));
        else if (it->kind != QLatin1String("emergency") || it->phone.isEmpty())
            c.error(meta, QStringLiteral("emergency"),
                    QStringLiteral("'%1' must be a contact of kind emergency with a phone number").arg(id));
        // The strip is on every screen at every hour: a number that could drop out of it would
        // leave a visitor in an emergency without one.
        else if (it->validFrom.isValid() || it->validUntil.isValid())
            c.error(it->origin.file,
                    it->origin.field(it->validFrom.isValid() ? QStringLiteral("validFrom") : QStringLiteral("validUntil")),
                    QStringLiteral("'%1' is an emergency number of pack.json, which is always shown: "
                                   "it takes no validity window")
                        .arg(id));
    }
    if (pack.tips.isEmpty())
        c.warning(QStringLiteral("tips"), {}, QStringLiteral("the pack has no tips: its action fields will be empty"));

    // A declared language that no text is written in would only show fallbacks everywhere.
    for (const QString &language : pack.meta.languages) {
        const auto coverage = c.coverage.value(language);
        if (coverage.total > 0 && coverage.covered == 0)
            c.error(meta, QStringLiteral("languages"),
                    QStringLiteral("'%1' is declared but no text is written in it").arg(language));
    }
}

} // namespace civic
