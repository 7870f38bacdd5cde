#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

/// Why `text` is not what node_exporter's textfile collector accepts (Prometheus text format 0.0.4),
/// or empty when it is: every line a # HELP, a # TYPE or a sample without a timestamp, escapes
/// only where the format allows them, each family once with its # TYPE before its samples, and
/// counters named *_total.
inline QString prometheusFormatProblem(const QString &text)
{
    static const QString name = QStringLiteral("[a-zA-Z_:][a-zA-Z0-9_:]*");
    static const QString label = QStringLiteral(R"([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*")");
    static const QString value = QStringLiteral(R"(NaN|[+-]Inf|[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");
    static const QRegularExpression help(
        QRegularExpression::anchoredPattern(QStringLiteral(R"(# HELP (%1) (?:[^\\\n]|\\[\\n])*)").arg(name)));
    static const QRegularExpression type(
        QRegularExpression::anchoredPattern(QStringLiteral("# TYPE (%1) (counter|gauge|histogram|summary|untyped)").arg(name)));
    static const QRegularExpression sample(
        QRegularExpression::anchoredPattern(QStringLiteral(R"((%1)(?:\{(?:%2(?:,%2)*)?\})? (?:%3))").arg(name, label, value)));
    if (!text.endsWith(u'\n'))
        return QStringLiteral("does not end with a line feed");
    QSet<QString> typed;
    QString family;
    const QStringList lines = text.chopped(1).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString where = QStringLiteral("line %1: %2: ").arg(i + 1).arg(line);
        if (help.match(line).hasMatch())
            continue;
        if (const QRegularExpressionMatch match = type.match(line); match.hasMatch()) {
            family = match.captured(1);
            if (typed.contains(family))
                return where + QStringLiteral("a second # TYPE for the family");
            typed.insert(family);
            if (match.captured(2) == QLatin1String("counter") && !family.endsWith(QLatin1String("_total")))
                return where + QStringLiteral("a counter not named *_total");
            continue;
        }
        const QRegularExpressionMatch match = sample.match(line);
        if (!match.hasMatch())
            return where + QStringLiteral("neither # HELP, # TYPE nor a sample");
        if (match.captured(1) != family)
            return where + QStringLiteral("a sample outside its family (no # TYPE %1 right before)").arg(match.captured(1));
    }
    return {};
}
