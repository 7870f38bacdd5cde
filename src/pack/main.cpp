// civic-pack: the staff's tool for content packs. This version checks a pack source and compiles
// it into the folder a kiosk opens; building, signing and publishing archives come next.
#include "packimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

enum ExitCode { Ok = 0, PackInvalid = 1, Usage = 2 };

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

void printReport(const civic::ImportReport &report, const QString &dir)
{
    for (const civic::PackIssue &issue : report.issues)
        print(stdout, issue.toString());
    print(stdout, QStringLiteral("\nTranslations:"));
    for (auto it = report.coverage.constBegin(); it != report.coverage.constEnd(); ++it) {
        const double percent = it->total > 0 ? 100.0 * it->covered / it->total : 100.0;
        print(stdout, QStringLiteral("  %1 %2 of %3 texts (%4 %)")
                          .arg(it.key(), -8)
                          .arg(it->covered, 5)
                          .arg(it->total, 5)
                          .arg(percent, 5, 'f', 1));
    }
    qsizetype errors = 0;
    for (const civic::PackIssue &issue : report.issues)
        errors += issue.severity == civic::PackIssue::Severity::Error;
    print(stdout, report.ok() ? QStringLiteral("\n%1: valid (%2 warnings)").arg(dir).arg(report.issues.size())
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civic-pack"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Content packs for civic-kiosk.\n\n"
        "Commands:\n"
        "  validate DIR        check a pack source; every problem as 'file: field: what'\n"
        "  compile DIR -o OUT  check DIR and lay out a ready pack (files + content.db) in OUT\n\n"
        "Exit codes: 0 ok, 1 the pack has errors or could not be written, 2 bad arguments."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("validate: print the report as JSON."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       QStringLiteral("compile: the folder to write."), QStringLiteral("OUT"));
    parser.addOptions({jsonOption, outOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("validate or compile"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("the pack source folder"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        print(stderr, QStringLiteral("civic-pack: expected a command and a folder (see --help)"));
        return Usage;
    }
    const QString &command = args.at(0);
    const QString &dir = args.at(1);
    if (command == QLatin1String("validate")) {
        const civic::ImportReport report = civic::PackImporter::validate(dir);
        if (parser.isSet(jsonOption))
            print(stdout, QString::fromUtf8(QJsonDocument(reportJson(report)).toJson()));
        else
            printReport(report, dir);
        return report.ok() ? Ok : PackInvalid;
    }
    if (command == QLatin1String("compile")) {
        if (!parser.isSet(outOption)) {
            print(stderr, QStringLiteral("civic-pack: compile needs -o OUT"));
            return Usage;
        }
        const civic::ImportReport report = civic::PackImporter::compile(dir, parser.value(outOption));
        for (const civic::PackIssue &issue : report.issues)
            print(stderr, issue.toString());
        return report.ok() ? Ok : PackInvalid;
    }
    print(stderr, QStringLiteral("civic-pack: unknown command '%1' (see --help)").arg(command));
    return Usage;
}
