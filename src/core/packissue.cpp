#include "packissue.h"

#include <algorithm>

namespace civic {

QString PackIssue::toString() const
{
    QString out = file;
    if (!field.isEmpty())
        out += QStringLiteral(": ") + field;
    out += QStringLiteral(": ");
    if (severity == Severity::Warning)
        out += QStringLiteral("warning: ");
    return out + message;
}

bool hasErrors(const PackIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const PackIssue &issue) {
        return issue.severity == PackIssue::Severity::Error;
    });
}

} // namespace civic
