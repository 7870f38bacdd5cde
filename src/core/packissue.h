#pragma once

#include <QList>
#include <QString>

namespace civic {

/// One problem found in a pack source: where it is and what is wrong.
struct PackIssue {
    enum class Severity { Error, Warning };

    QString file;   ///< relative to the pack folder, e.g. "tips/burglary.json"
    QString field;  ///< dotted path inside the file, e.g. "keyPoints.en[2]"; empty for the file
    QString message;
    Severity severity = Severity::Error;

    /// "file: field: message", the form staff and technicians see everywhere.
    QString toString() const;
};

using PackIssues = QList<PackIssue>;

/// True when any issue is an error (warnings alone do not stop an import).
bool hasErrors(const PackIssues &issues);

} // namespace civic
