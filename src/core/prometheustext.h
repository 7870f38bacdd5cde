#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace civic {

/// Metrics in Prometheus' text exposition format 0.0.4, as node_exporter's textfile collector reads
/// them: each family once, its # HELP and # TYPE lines before its samples, no timestamps.
class PrometheusText
{
public:
    enum class Type { Gauge, Counter };
    using Labels = QList<std::pair<QString, QString>>;  ///< name, value
    struct Sample {
        Labels labels;
        double value = 0;
    };

    /// Adds a family with its samples. `name` and the label names are ours, not a visitor's or a
    /// pack's: [a-z_:][a-z0-9_:]*, counters ending in _total. Label values may be any text.
    void add(const QString &name, Type type, const QString &help, const QList<Sample> &samples);
    /// The same for a family of one sample without labels.
    void add(const QString &name, Type type, const QString &help, double value);

    QByteArray text() const;

    /// A label value between its double quotes: backslash, double quote and line feed escaped.
    static QString escapeLabelValue(const QString &value);
    /// Help text: backslash and line feed escaped.
    static QString escapeHelp(const QString &help);
    /// Whole numbers without a fraction or exponent, NaN and infinities as Prometheus spells them.
    static QString formatValue(double value);

private:
    QString m_text;
};

} // namespace civic
