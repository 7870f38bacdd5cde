#include "packversion.h"

#include <QStringList>

namespace civic {

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const qulonglong x = left.value(i).toULongLong();
        const qulonglong y = right.value(i).toULongLong();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace civic
