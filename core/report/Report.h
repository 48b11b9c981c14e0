#pragma once

#include "report/CapaianChart.h"
#include "report/KategoriOverviewChart.h"
#include "report/ReportTable.h"

namespace Tepat {

// One report on one PK (Pengukuran Kinerja, Monitoring Triwulan, the LKjIP tables): the title it
// is printed under and its tables. It is a document in Bahasa Indonesia, like the printed PK,
// whatever the language of the window. A run makes one per PK and writes them into one file, or
// one file per OPD.
struct Report
{
    QStringList title; // centred lines: "PENGUKURAN KINERJA", the jabatan, the instansi, the year
    // Names a sheet ("Dinkes") and, with the kind and year, a file of its own.
    QString shortName;
    qint64 opdId = 0; // 0: the pemda's own PK
    qint64 pkId = 0;
    QList<ReportTable> tables;
    // A page of its own after the tables with the chart of the PK's capaian (the PDF only);
    // empty: none.
    QList<CapaianChart::Bar> chart;
    // The pemda's LKjIP only: a page after the chart with the kategori counts of every OPD.
    std::optional<KategoriOverviewChart::Data> overview;
};

} // namespace Tepat
