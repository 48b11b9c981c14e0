#pragma once

#include <QCoreApplication>

namespace Tepat {

// The server's history records tables and columns (indicator, sumber_data); the history dialog
// names them as the forms do, in the window's language.
class HistoryWording
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::HistoryWording)

public:
    // "indicator" → "indicator" / "indikator"; an unknown table as it is.
    static QString object(const QString &table);
    // "sumber_data" → "Data source" / "Sumber data"; an unknown column with spaces for "_".
    static QString field(const QString &column);
    // Ids and links between rows, which mean nothing to the user.
    static bool isReference(const QString &column);
};

} // namespace Tepat
