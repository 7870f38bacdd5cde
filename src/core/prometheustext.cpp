#include "prometheustext.h"

#include <QStringList>

#include <cmath>

namespace civic {

QString PrometheusText::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'"')
            escaped += QStringLiteral("\\\"");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString PrometheusText::escapeHelp(const QString &help)
{
    QString escaped = help;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return escaped;
}

QString PrometheusText::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // Timestamps and byte counts are whole: "1767225600", not "1.7672256e+09".
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 17);
}

void PrometheusText::add(const QString &name, Type type, const QString &help, const QList<Sample> &samples)
{
    m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
                  .arg(name, escapeHelp(help), type == Type::Counter ? QStringLiteral("counter") : QStringLiteral("gauge"));
    for (const Sample &sample : samples) {
        m_text += name;
        if (!sample.labels.isEmpty()) {
            QStringList labels;
            for (const auto &[label, value] : sample.labels)
                labels.append(label + QStringLiteral("=\"") + escapeLabelValue(value) + u'"');
            m_text += u'{' + labels.join(u',') + u'}';
        }
        m_text += u' ' + formatValue(sample.value) + u'\n';
    }
}

void PrometheusText::add(const QString &name, Type type, const QString &help, double value)
{
    add(name, type, help, QList<Sample>{{{}, value}});
}

QByteArray PrometheusText::text() const
{
    return m_text.toUtf8();
}

} // namespace civic
