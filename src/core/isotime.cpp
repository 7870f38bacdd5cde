#include "isotime.h"

namespace civic {

QDateTime parseIsoDateTime(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || parsed.toUTC().toString(Qt::ISODate).isEmpty())
        return {};
    return parsed;
}

} // namespace civic
