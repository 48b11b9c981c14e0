#pragma once

#include "check/Finding.h"

#include <QTextStream>

namespace Tepat {

// Prints the findings of `tepat-cli check` as they come, as one line each or as one JSON object
// (the contract of check: `file`, `findings` with `rule`, `severity`, `field`, `message`,
// `suggestion` and `row` and `sheet` or `object`, and `summary`), so that a sheet's findings need
// not be held: each is written and dropped. Text from the checked file goes through
// CliCommand::plain().
class FindingPrinter
{
public:
    enum class Format { Text, Json };
    struct Entry
    {
        Finding finding;
        QString field; // as the user knows it: the CSV column, or the workspace field
        QString label; // the indicator text or item name of a workspace finding
        QString sheet; // the workbook's sheet of a sheet finding; empty for CSV and workspaces
    };

    FindingPrinter(
        QTextStream &out, const QString &file, bool sheet, Format format, Language language);
    void add(const Entry &entry);
    // The summary, and the end of the JSON object.
    void finish();
    bool hasErrorsOrWarnings() const { return m_errors + m_warnings > 0; }

private:
    QString summaryLine() const;

    QTextStream &m_out;
    QString m_file;
    bool m_sheet;
    Format m_format;
    Language m_language;
    int m_errors = 0;
    int m_warnings = 0;
    int m_infos = 0;
};

} // namespace Tepat
