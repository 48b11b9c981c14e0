#pragma once

#include "print/DocumentFonts.h"
#include "print/LaidOutDocument.h"
#include "report/Report.h"

namespace Tepat {

// Lays out reports one after the other, each from a new page: its title centred, then each table
// framed, its header shaded and repeated on every page it runs onto, a sasaran spanning its
// indicators, a Jumlah line bold, then the report's chart and its overview of the OPDs, if any,
// each on a page of its own. Every
// page has the footer of a working paper ("Halaman x dari y" over the given line).
class ReportLayout
{
public:
    // The paper of that size the reports fit: landscape when a table is wider than a standing
    // page's body allows.
    static PaperFormat paperFor(const QList<Report> &reports, PaperFormat::Size size);
    static LaidOutDocument layout(const QList<Report> &reports,
                                  const PaperFormat &paper,
                                  DocumentFonts::Typeface typeface,
                                  const QString &footer);
    // The anchor (PageItem::Kind::Anchor) of the chart of the report at that index of the list,
    // whose page follows its tables.
    static QString chartAnchor(qsizetype reportIndex);
    // The anchor of the report's kategori overview of the OPDs, whose page follows the chart.
    static QString overviewAnchor(qsizetype reportIndex);
};

} // namespace Tepat
