// tepat-bench-capaian N: times the capaian of every PK indicator of a synthetic workspace of
// about N indicators, each with four triwulan of realisasi (issue #12: ≤ 20 ms at 10 000), and
// the re-evaluation after one realisasi is edited (≤ 1 ms): the row's capaian, as the realisasi
// view computes it, and the whole path of the document (the edit, its re-check, the findings).
// Medians of repeated runs, in wall and thread CPU time (the machine is shared).
#include "SyntheticCascade.h"
#include "document/Autosave.h"
#include "document/WorkspaceDocument.h"
#include "measure/CapaianEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <time.h>

using namespace Tepat;

namespace {

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double worst(const QList<double> &values)
{
    return *std::max_element(values.cbegin(), values.cend());
}

// A realisasi typed into one triwulan: a new number each time.
Realisasi edited(const Realisasi &before, int serial)
{
    Realisasi after = before;
    RealisasiTriwulan triwulan = after.triwulan(serial % 4 + 1);
    triwulan.realisasi = TargetValue::fromNumber(Decimal::fromInt(40 + serial % 50));
    after.setTriwulan(serial % 4 + 1, triwulan);
    return after;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int requested = QCoreApplication::arguments().value(1).toInt();
    if (requested <= 0) {
        QTextStream(stderr) << "usage: tepat-bench-capaian N" << Qt::endl;
        return 2;
    }
    Cascade cascade = SyntheticCascade::generate(requested);
    const CapaianEngine engine(cascade.measureSettings());
    QList<qint64> pkIndicators;
    int quarters = 0;
    for (const PkDocument &pk : cascade.pks()) {
        for (qint64 sasaran : cascade.childItems(pk.id)) {
            for (qint64 id : cascade.indicatorsOf(sasaran)) {
                pkIndicators.append(id);
                for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter)
                    quarters += cascade.indicator(id)->realisasi.triwulan(quarter).isReported();
            }
        }
    }

    QElapsedTimer timer;
    QList<double> all;
    QList<double> allCpu;
    int measured = 0;
    for (int run = 0; run < 21; ++run) {
        const double cpuStart = cpuMs();
        timer.start();
        const QList<Capaian> capaian = engine.measureYear(cascade, 2026, 4);
        all.append(timer.nsecsElapsed() / 1e6);
        allCpu.append(cpuMs() - cpuStart);
        measured = int(std::count_if(capaian.cbegin(), capaian.cend(), [](const Capaian &one) {
            return one.value.has_value();
        }));
    }

    QList<double> row;
    QList<double> rowCpu;
    int edits = 0; // edits whose capaian has a value, printed so that no call can be left out
    for (int edit = 0; edit < 1000; ++edit) {
        const qint64 id = pkIndicators[(edit * 7919) % pkIndicators.size()];
        (void)cascade.setRealisasi(id, edited(cascade.indicator(id)->realisasi, edit));
        const double cpuStart = cpuMs();
        timer.start();
        const Capaian capaian = engine.measure(cascade, *cascade.indicator(id), 4);
        row.append(timer.nsecsElapsed() / 1e6);
        rowCpu.append(cpuMs() - cpuStart);
        edits += capaian.value.has_value();
    }

    // The same edits through the document: the command's mutation, the re-check of what it
    // touched and the diff of the findings that the views are told about.
    auto document = WorkspaceDocument::create(cascade);
    document->autosave()->setInterval(0);
    QList<double> live;
    QList<double> liveCpu;
    for (int edit = 0; edit < 200; ++edit) {
        const qint64 id = pkIndicators[(edit * 104729) % pkIndicators.size()];
        const Realisasi after = edited(document->cascade().indicator(id)->realisasi, edit);
        const double cpuStart = cpuMs();
        timer.start();
        (void)document->setRealisasi(id, after);
        const Capaian capaian
            = engine.measure(document->cascade(), *document->cascade().indicator(id), 4);
        live.append(timer.nsecsElapsed() / 1e6);
        liveCpu.append(cpuMs() - cpuStart);
        edits += capaian.value.has_value();
    }

    out << "indicators " << cascade.indicatorCount() << ", PK indicators " << pkIndicators.size()
        << ", triwulan reported " << quarters << ", with a capaian " << measured
        << ", edits with a capaian " << edits << Qt::endl
        << "capaian of every PK indicator s.d. TW IV, ms: wall median " << median(all)
        << ", cpu median " << median(allCpu) << ", cpu worst " << worst(allCpu) << Qt::endl
        << "one edited realisasi, its capaian again, ms: wall median " << median(row)
        << ", cpu median " << median(rowCpu) << ", cpu worst " << worst(rowCpu) << Qt::endl
        << "one edited realisasi through the document (edit, re-check, findings, capaian), ms: "
           "wall median "
        << median(live) << ", cpu median " << median(liveCpu) << ", cpu worst " << worst(liveCpu)
        << Qt::endl;
    return 0;
}
