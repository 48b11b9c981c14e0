#pragma once

#include "model/Indicator.h"
#include "sheet/ColumnMapping.h"
#include "sheet/SheetTable.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace Tepat {

// What a sheet holds once its columns are mapped: a tree of tujuan, sasaran, program, kegiatan
// and sub kegiatan with their pagu, and the indicators under them with targets per year, plus
// every cell that could not be read, named by sheet, row and column. It does not know where the
// rows will go; ImportSheetCommand places them into a Renstra or a PK. A plan with problems is
// never applied, so a sheet is imported whole or not at all.
//
// How rows become a tree: a tujuan or sasaran cell left empty (or merged over a block of rows)
// repeats the one above, as offices write a sasaran once over its indicators; a program,
// kegiatan or sub kegiatan starts on the row that names it, and the rows after it belong to it
// until the next one; an indicator belongs to the deepest of these on its row or above. A
// "Program / kegiatan / sub kegiatan" column tells the level by the Permendagri 90 code, from
// the code column or from a code in front of the name ("1.02.02 Program …"). Numbers stored as
// text with decimal commas, "Rp" and thousands dots read as numbers.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ImportPlan)

public:
    enum class NodeKind { Tujuan, Sasaran, Program, Kegiatan, SubKegiatan };

    struct Node
    {
        NodeKind kind = NodeKind::Sasaran;
        QString code;
        QString name;
        int parent = -1; // index into nodes; -1 at the top
        QMap<int, Decimal> pagu;
        int sheetRow = 0;
    };
    struct PlannedIndicator
    {
        int owner = -1; // index into nodes
        Indicator indicator;
        int sheetRow = 0;
    };
    struct Problem
    {
        int row = 0;
        int column = 0; // 0 when the problem is about the whole row
        QString message;
    };

    // defaultYear is the year of Target and Pagu columns whose header names none (the PK's
    // year); 0 makes such a column a problem.
    static ImportPlan
    build(const SheetTable &table, const ColumnMapping &mapping, int defaultYear = 0);

    QList<Node> nodes;
    QList<PlannedIndicator> indicators;
    QList<Problem> problems;

    bool isEmpty() const { return nodes.isEmpty() && indicators.isEmpty(); }
    // The nearest node of a kind at or above a node; -1 if none.
    int ancestor(int node, NodeKind kind) const;
};

} // namespace Tepat
