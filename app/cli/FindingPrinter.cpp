#include "FindingPrinter.h"

#include "CliCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tepat {

namespace {

// The few words check adds around the findings follow --lang, as the findings do, rather than
// the machine's locale: a CI log then reads the same on every runner.
const LocalizedText suggestionWord {QStringLiteral("Saran"), QStringLiteral("Suggestion")};

// A JSON value as QJsonDocument writes it indented, each line after the first shifted by indent.
QString indented(const QJsonObject &object, const QString &indent)
{
    QString json
        = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    json.replace(u'\n', u'\n' + indent);
    return json;
}

QString jsonString(const QString &text)
{
    const QString array
        = QString::fromUtf8(QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

} // namespace

FindingPrinter::FindingPrinter(
    QTextStream &out, const QString &file, bool sheet, Format format, Language language)
    : m_out(out)
    , m_file(file)
    , m_sheet(sheet)
    , m_format(format)
    , m_language(language)
{
    if (m_format == Format::Json)
        m_out << QStringLiteral("{\n    \"file\": %1,\n    \"findings\": [").arg(jsonString(file));
}

void FindingPrinter::add(const Entry &entry)
{
    const Finding &finding = entry.finding;
    const bool first = m_errors + m_warnings + m_infos == 0;
    switch (finding.severity) {
    case Severity::Error:
        ++m_errors;
        break;
    case Severity::Warning:
        ++m_warnings;
        break;
    case Severity::Info:
        ++m_infos;
        break;
    }
    if (m_format == Format::Json) {
        QJsonObject object {
            {QStringLiteral("rule"), finding.ruleId},
            {QStringLiteral("severity"), QString(severityKey(finding.severity))},
            {QStringLiteral("field"), entry.field},
            {QStringLiteral("message"), finding.message.text(m_language)},
            {QStringLiteral("suggestion"), finding.suggestion.text(m_language)},
        };
        if (m_sheet) {
            object.insert(QStringLiteral("row"), finding.row);
            object.insert(QStringLiteral("sheet"), entry.sheet);
        } else {
            object.insert(QStringLiteral("object"), finding.objectId);
        }
        m_out << (first ? QStringLiteral("\n        ") : QStringLiteral(",\n        "))
              << indented(object, QStringLiteral("        "));
        return;
    }
    // A workbook's finding names its sheet between file and row; Excel allows no ':' in a sheet
    // name, so the line still splits cleanly.
    QString where = !m_sheet    ? QStringLiteral("#%1").arg(finding.objectId)
        : entry.sheet.isEmpty() ? QString::number(finding.row)
                                : QStringLiteral("%1:%2").arg(entry.sheet).arg(finding.row);
    if (!entry.label.isEmpty())
        where += QStringLiteral(" \"%1\"").arg(entry.label);
    QString line = QStringLiteral("%1:%2: %3 [%4] ")
                       .arg(m_file, where, severityKey(finding.severity), finding.ruleId);
    if (!entry.field.isEmpty())
        line += entry.field + QStringLiteral(": ");
    line += finding.message.text(m_language);
    const QString suggestion = finding.suggestion.text(m_language);
    if (!suggestion.isEmpty())
        line += QStringLiteral(" — %1: %2").arg(suggestionWord.text(m_language), suggestion);
    m_out << CliCommand::plain(line) << Qt::endl;
}

void FindingPrinter::finish()
{
    if (m_format == Format::Text) {
        m_out << CliCommand::plain(summaryLine()) << Qt::endl;
        return;
    }
    const QJsonObject summary {{QStringLiteral("error"), m_errors},
                               {QStringLiteral("warning"), m_warnings},
                               {QStringLiteral("info"), m_infos}};
    m_out << QStringLiteral("\n    ],\n    \"summary\": %1\n}\n")
                 .arg(indented(summary, QStringLiteral("    ")));
    m_out.flush();
}

QString FindingPrinter::summaryLine() const
{
    if (m_language == Language::Indonesian) {
        return QStringLiteral("%1: %2 kesalahan, %3 peringatan, %4 info")
            .arg(m_file,
                 QString::number(m_errors),
                 QString::number(m_warnings),
                 QString::number(m_infos));
    }
    return QStringLiteral("%1: %2 %3, %4 %5, %6 info")
        .arg(m_file,
             QString::number(m_errors),
             m_errors == 1 ? QStringLiteral("error") : QStringLiteral("errors"),
             QString::number(m_warnings),
             m_warnings == 1 ? QStringLiteral("warning") : QStringLiteral("warnings"),
             QString::number(m_infos));
}

} // namespace Tepat
