// validate and compile: checking a pack source, and laying it out as the kiosk opens it.
#include "commands.h"
#include "packimporter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void printReport(const civic::ImportReport &report, const QString &dir)
{
    for (const civic::PackIssue &issue : report.issues)
        printLine(stdout, issue.toString());
    printLine(stdout, QStringLiteral("\nTranslations:"));
    for (auto it = report.coverage.constBegin(); it != report.coverage.constEnd(); ++it) {
        const double percent = it->total > 0 ? 100.0 * it->covered / it->total : 100.0;
        printLine(stdout, QStringLiteral("  %1 %2 of %3 texts (%4 %)")
                              .arg(it.key(), -8)
                              .arg(it->covered, 5)
                              .arg(it->total, 5)
                              .arg(percent, 5, 'f', 1));
    }
    qsizetype errors = 0;
    for (const civic::PackIssue &issue : report.issues)
        errors += issue.severity == civic::PackIssue::Severity::Error;
    printLine(stdout, report.ok() ? QStringLiteral("\n%1: valid (%2 warnings)").arg(dir).arg(report.issues.size())
                                  : QStringLiteral("\n%1: %2 errors, %3 warnings")
                                        .arg(dir)
                                        .arg(errors)
                                        .arg(report.issues.size() - errors));
}

QJsonObject reportJson(const civic::ImportReport &report)
{
    QJsonArray issues;
    for (const civic::PackIssue &issue : report.issues)
        issues.append(QJsonObject{{QStringLiteral("file"), issue.file},
                                  {QStringLiteral("field"), issue.field},
                                  {QStringLiteral("message"), issue.message},
                                  {QStringLiteral("severity"), issue.severity == civic::PackIssue::Severity::Error
                                                                   ? QStringLiteral("error")
                                                                   : QStringLiteral("warning")}});
    QJsonObject coverage;
    for (auto it = report.coverage.constBegin(); it != report.coverage.constEnd(); ++it)
        coverage.insert(it.key(), QJsonObject{{QStringLiteral("covered"), it->covered},
                                              {QStringLiteral("total"), it->total}});
    return {{QStringLiteral("valid"), report.ok()}, {QStringLiteral("issues"), issues},
            {QStringLiteral("coverage"), coverage}};
}

} // namespace

int validateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a pack source: every problem as 'file: field: what', "
                                                    "then how much of it each language covers."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The pack source folder."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return failWith(Usage, QStringLiteral("validate takes one folder (see validate --help)"));
    const QString dir = parser.positionalArguments().constFirst();
    const civic::ImportReport report = civic::PackImporter::validate(dir);
    if (parser.isSet(jsonOption))
        printLine(stdout, QString::fromUtf8(QJsonDocument(reportJson(report)).toJson()));
    else
        printReport(report, dir);
    return report.ok() ? Ok : Refused;
}

int compileCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a pack source and lays out a ready pack (its files "
                                                    "and content.db) in OUT, as the kiosk opens it."));
    parser.addHelpOption();
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")}, QStringLiteral("The folder to write."),
                                       QStringLiteral("OUT"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The pack source folder."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption))
        return failWith(Usage, QStringLiteral("compile takes one folder and -o OUT (see compile --help)"));
    const civic::ImportReport report =
        civic::PackImporter::compile(parser.positionalArguments().constFirst(), parser.value(outOption));
    for (const civic::PackIssue &issue : report.issues)
        printLine(stderr, issue.toString());
    return report.ok() ? Ok : Refused;
}
